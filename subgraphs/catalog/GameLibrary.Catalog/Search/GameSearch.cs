using GameLibrary.Catalog.Errors;
using GameLibrary.Catalog.Model;
using GameLibrary.Persistence;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Catalog.Search;

/// <summary>
/// Typo-tolerant title search ranked by similarity: pg_trgm word similarity on PostgreSQL (served by a trigram
/// index), the same measure computed in process on the SQLite default.
/// </summary>
/// <param name="contexts">Creates the contexts.</param>
/// <param name="selection">Tells which engine is in use.</param>
public sealed class GameSearch(IDbContextFactory<CatalogDbContext> contexts, DatabaseSelection<CatalogDbContext> selection)
{
    /// <summary>The most results one search returns.</summary>
    public const int MaxResults = 50;

    /// <summary>The longest query accepted.</summary>
    public const int MaxQueryLength = 100;

    /// <summary>The least similarity (0–1) a title needs to be a result.</summary>
    public const double Threshold = 0.3;

    /// <summary>The games whose titles best match <paramref name="query"/>, best first (ties by title, then id).</summary>
    /// <param name="query">The text to look for; typos allowed.</param>
    /// <param name="first">How many results, 0 to <see cref="MaxResults"/>.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <exception cref="CatalogException">The query is empty or too long, or <paramref name="first"/> is out of range.</exception>
    public async Task<IReadOnlyList<Game>> SearchAsync(string query, int first, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        string text = query.Trim();
        if (text.Length is 0 or > MaxQueryLength)
        {
            throw new CatalogException(CatalogErrorKind.InvalidInput, "query", $"The query must have 1 to {MaxQueryLength} characters.");
        }

        if (first is < 0 or > MaxResults)
        {
            throw new CatalogException(CatalogErrorKind.InvalidInput, "first", $"first must be between 0 and {MaxResults}.");
        }

        if (first == 0)
        {
            return [];
        }

        CatalogDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            IReadOnlyList<SearchHit> hits = selection.Provider == DatabaseProvider.PostgreSql
                ? await SearchPostgreSqlAsync(context, text, first, cancellationToken).ConfigureAwait(false)
                : await SearchInProcessAsync(context, text, first, cancellationToken).ConfigureAwait(false);
            long[] ids = [.. hits.Select(hit => hit.Id)];
            Dictionary<long, Game> games = await context.Games.AsNoTracking()
                .Where(game => ids.Contains(game.Id))
                .ToDictionaryAsync(game => game.Id, cancellationToken)
                .ConfigureAwait(false);
            return [.. ids.Where(games.ContainsKey).Select(id => games[id])];
        }
    }

    private static async Task<IReadOnlyList<SearchHit>> SearchPostgreSqlAsync(
        CatalogDbContext context, string text, int first, CancellationToken cancellationToken)
    {
        string query = text.ToLowerInvariant();

        // The <% operator (served by the trigram index on lower("Title")) filters by this session setting; the
        // connection stays open so the setting and the query share it.
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await context.Database.ExecuteSqlAsync(
            $"SELECT set_config('pg_trgm.word_similarity_threshold', {Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}, false)",
            cancellationToken).ConfigureAwait(false);
        return await context.Database.SqlQuery<SearchHit>($"""
                SELECT "Id", "Title", word_similarity({query}, lower("Title"))::float8 AS "Score"
                FROM "Games"
                WHERE {query} <% lower("Title")
                ORDER BY "Score" DESC, "Title", "Id"
                LIMIT {first}
                """)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<SearchHit>> SearchInProcessAsync(
        CatalogDbContext context, string text, int first, CancellationToken cancellationToken)
    {
        // SQLite has no trigram index: the titles are scored in process, fine for the embedded demo's data.
        var titles = await context.Games.AsNoTracking()
            .Select(game => new { game.Id, game.Title })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. titles
            .Select(game => new SearchHit { Id = game.Id, Title = game.Title, Score = TrigramSimilarity.WordSimilarity(text, game.Title) })
            .Where(hit => hit.Score >= Threshold)
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Title, StringComparer.Ordinal)
            .ThenBy(hit => hit.Id)
            .Take(first)];
    }
}
