using GameLibrary.Catalog.Errors;
using GameLibrary.Catalog.Model;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Catalog.Queries;

/// <summary>Reads games: pages of listings and batches by id or slug. Each call uses its own short-lived context.</summary>
/// <param name="contexts">Creates the contexts; concurrent calls (sibling GraphQL fields) never share one.</param>
public sealed class GameQueries(IDbContextFactory<CatalogDbContext> contexts)
{
    /// <summary>Reads one page of a listing with keyset paging: deep pages cost as much as the first.</summary>
    /// <param name="request">The filter, order, size and position.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="CatalogException">The page size, filter or cursor is invalid.</exception>
    public async Task<GamePage> GetPageAsync(GamePageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.First is < 0 or > GamePageRequest.MaxPageSize)
        {
            throw new CatalogException(
                CatalogErrorKind.InvalidInput, "first", $"first must be between 0 and {GamePageRequest.MaxPageSize}.");
        }

        GameListing.Validate(request.Filter);
        GameCursor? cursor = request.After is null ? null : GameCursor.Decode(request.After, request.Order);

        CatalogDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            IQueryable<Game> matching = GameListing.Filter(context.Games.AsNoTracking(), request.Filter);
            int? total = request.IncludeTotalCount ? await matching.CountAsync(cancellationToken).ConfigureAwait(false) : null;
            IQueryable<Game> positioned = cursor is null ? matching : GameListing.After(matching, cursor, context.Database.IsNpgsql());

            // One extra row tells whether another page follows.
            List<Game> rows = await GameListing.Sort(positioned, request.Order)
                .Take(request.First + 1)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            PagedGame[] items = [.. rows.Take(request.First).Select(game => new PagedGame(game, GameCursor.Encode(game, request.Order)))];
            return new GamePage(items, rows.Count > request.First, cursor is not null, total);
        }
    }

    /// <summary>Reads the games with these ids; missing ids are absent from the result.</summary>
    /// <param name="ids">The ids.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyDictionary<long, Game>> GetByIdsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        CatalogDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            return await context.Games.AsNoTracking()
                .Where(game => ids.Contains(game.Id))
                .ToDictionaryAsync(game => game.Id, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>Reads the games with these slugs; missing slugs are absent from the result.</summary>
    /// <param name="slugs">The slugs.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyDictionary<string, Game>> GetBySlugsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slugs);
        CatalogDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            return await context.Games.AsNoTracking()
                .Where(game => slugs.Contains(game.Slug))
                .ToDictionaryAsync(game => game.Slug, StringComparer.Ordinal, cancellationToken)
                .ConfigureAwait(false);
        }
    }
}
