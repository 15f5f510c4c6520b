using GameLibrary.Catalog.Errors;
using GameLibrary.Catalog.Model;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Catalog.Queries;

/// <summary>Builds the filtered, ordered and keyset-positioned game queries behind every listing.</summary>
internal static class GameListing
{
    public static IQueryable<Game> Filter(IQueryable<Game> games, GameFilter filter)
    {
        if (filter.GenreIds is { Count: > 0 } genreIds)
        {
            games = games.Where(game => game.Genres.Any(link => genreIds.Contains(link.GenreId)));
        }

        if (filter.PlatformIds is { Count: > 0 } platformIds)
        {
            games = games.Where(game => game.Platforms.Any(link => platformIds.Contains(link.PlatformId)));
        }

        if (filter.CompanyIds is { Count: > 0 } companyIds)
        {
            games = games.Where(game => game.Companies.Any(link => companyIds.Contains(link.CompanyId)));
        }

        if (filter.ReleasedAfter is { } after)
        {
            games = games.Where(game => game.ReleaseDate >= after);
        }

        if (filter.ReleasedBefore is { } before)
        {
            games = games.Where(game => game.ReleaseDate <= before);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            string pattern = $"%{EscapeLike(filter.Search.Trim().ToLowerInvariant())}%";
            games = games.Where(game => EF.Functions.Like(game.Title.ToLower(), pattern, "\\"));
        }

        return games;
    }

    public static void Validate(GameFilter filter)
    {
        List<CatalogFieldError> errors = [];
        CheckIds(filter.GenreIds, "filter.genreIds", errors);
        CheckIds(filter.PlatformIds, "filter.platformIds", errors);
        CheckIds(filter.CompanyIds, "filter.companyIds", errors);
        if (filter.Search is { Length: > GameFilter.MaxSearchLength })
        {
            errors.Add(new("filter.search", $"The search text is longer than {GameFilter.MaxSearchLength} characters."));
        }

        if (errors.Count > 0)
        {
            throw new CatalogException(CatalogErrorKind.InvalidInput, errors);
        }
    }

    /// <summary>The games after <paramref name="cursor"/> in its order.</summary>
    /// <param name="games">The listing.</param>
    /// <param name="cursor">The position.</param>
    /// <param name="rowValues">
    /// Whether the database compares row values against a composite index (PostgreSQL): the seek is then one
    /// <c>(key, "Id") &gt; (k, i)</c> index condition, so the index scan starts exactly at the position and reads only
    /// the page.
    /// </param>
    public static IQueryable<Game> After(IQueryable<Game> games, GameCursor cursor, bool rowValues) =>
        rowValues ? AfterRowValue(games, cursor) : AfterExpanded(games, cursor);

    // PostgreSQL underestimates the expanded form's OR (20 rows for 1,000 at 99,000 of 100,000) and then reads every
    // row after the cursor through a bitmap scan and sorts them; the row comparison is a plain index range instead
    // (docs/performance.md, Catalog). Expression trees cannot hold tuple literals, hence ValueTuple.Create; Npgsql
    // translates these into ROW(...) > ROW(...).
    private static IQueryable<Game> AfterRowValue(IQueryable<Game> games, GameCursor cursor)
    {
        long id = cursor.Id;
        bool ascending = cursor.Order.Direction == SortDirection.Ascending;
        switch (cursor.Order.Field)
        {
            case GameOrderField.Title:
                string title = cursor.Title!;
                return ascending
                    ? games.Where(g => EF.Functions.GreaterThan(ValueTuple.Create(g.Title, g.Id), ValueTuple.Create(title, id)))
                    : games.Where(g => EF.Functions.LessThan(ValueTuple.Create(g.Title, g.Id), ValueTuple.Create(title, id)));
            case GameOrderField.ReleaseDate:
                DateOnly date = cursor.ReleaseDate;
                return ascending
                    ? games.Where(g => EF.Functions.GreaterThan(ValueTuple.Create(g.ReleaseDate, g.Id), ValueTuple.Create(date, id)))
                    : games.Where(g => EF.Functions.LessThan(ValueTuple.Create(g.ReleaseDate, g.Id), ValueTuple.Create(date, id)));
            default:
                DateTime created = cursor.CreatedAt;
                return ascending
                    ? games.Where(g => EF.Functions.GreaterThan(ValueTuple.Create(g.CreatedAt, g.Id), ValueTuple.Create(created, id)))
                    : games.Where(g => EF.Functions.LessThan(ValueTuple.Create(g.CreatedAt, g.Id), ValueTuple.Create(created, id)));
        }
    }

    // Elsewhere (SQLite) each seek is written "key >= k AND (key > k OR id > i)" rather than "key > k OR (key = k AND
    // id > i)": the leading range lets the (key, Id) index start at the key instead of scanning from the first row.
    private static IQueryable<Game> AfterExpanded(IQueryable<Game> games, GameCursor cursor)
    {
        long id = cursor.Id;
        bool ascending = cursor.Order.Direction == SortDirection.Ascending;
        switch (cursor.Order.Field)
        {
            case GameOrderField.Title:
                string title = cursor.Title!;
                return ascending
                    ? games.Where(g => string.Compare(g.Title, title) >= 0 && (string.Compare(g.Title, title) > 0 || g.Id > id))
                    : games.Where(g => string.Compare(g.Title, title) <= 0 && (string.Compare(g.Title, title) < 0 || g.Id < id));
            case GameOrderField.ReleaseDate:
                DateOnly date = cursor.ReleaseDate;
                return ascending
                    ? games.Where(g => g.ReleaseDate >= date && (g.ReleaseDate > date || g.Id > id))
                    : games.Where(g => g.ReleaseDate <= date && (g.ReleaseDate < date || g.Id < id));
            default:
                DateTime created = cursor.CreatedAt;
                return ascending
                    ? games.Where(g => g.CreatedAt >= created && (g.CreatedAt > created || g.Id > id))
                    : games.Where(g => g.CreatedAt <= created && (g.CreatedAt < created || g.Id < id));
        }
    }

    public static IQueryable<Game> Sort(IQueryable<Game> games, GameOrder order) => (order.Field, order.Direction) switch
    {
        (GameOrderField.Title, SortDirection.Ascending) => games.OrderBy(g => g.Title).ThenBy(g => g.Id),
        (GameOrderField.Title, _) => games.OrderByDescending(g => g.Title).ThenByDescending(g => g.Id),
        (GameOrderField.ReleaseDate, SortDirection.Ascending) => games.OrderBy(g => g.ReleaseDate).ThenBy(g => g.Id),
        (GameOrderField.ReleaseDate, _) => games.OrderByDescending(g => g.ReleaseDate).ThenByDescending(g => g.Id),
        (_, SortDirection.Ascending) => games.OrderBy(g => g.CreatedAt).ThenBy(g => g.Id),
        _ => games.OrderByDescending(g => g.CreatedAt).ThenByDescending(g => g.Id),
    };

    private static void CheckIds(IReadOnlyList<long>? ids, string field, List<CatalogFieldError> errors)
    {
        if (ids is { Count: > GameFilter.MaxIds })
        {
            errors.Add(new(field, $"At most {GameFilter.MaxIds} ids are allowed."));
        }
    }

    // The backslash is the LIKE escape character given to EF.Functions.Like.
    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
