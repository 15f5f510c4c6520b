using GameLibrary.Catalog.Model;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Catalog.Queries;

/// <summary>Reads the genres, platforms and companies of many games at once, one query each.</summary>
/// <param name="contexts">Creates the contexts; concurrent calls never share one.</param>
public sealed class GameRelations(IDbContextFactory<CatalogDbContext> contexts)
{
    /// <summary>The genres of each game, by name.</summary>
    /// <param name="gameIds">The games.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<ILookup<long, Genre>> GetGenresAsync(IReadOnlyCollection<long> gameIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gameIds);
        CatalogDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            var rows = await (
                    from link in context.GameGenres
                    join genre in context.Genres on link.GenreId equals genre.Id
                    where gameIds.Contains(link.GameId)
                    orderby genre.Name
                    select new { link.GameId, Genre = genre })
                .AsNoTracking()
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            return rows.ToLookup(row => row.GameId, row => row.Genre);
        }
    }

    /// <summary>The platforms of each game, by name.</summary>
    /// <param name="gameIds">The games.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<ILookup<long, Platform>> GetPlatformsAsync(IReadOnlyCollection<long> gameIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gameIds);
        CatalogDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            var rows = await (
                    from link in context.GamePlatforms
                    join platform in context.Platforms on link.PlatformId equals platform.Id
                    where gameIds.Contains(link.GameId)
                    orderby platform.Name
                    select new { link.GameId, Platform = platform })
                .AsNoTracking()
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            return rows.ToLookup(row => row.GameId, row => row.Platform);
        }
    }

    /// <summary>The companies of each game in each role, by name; both roles in one query.</summary>
    /// <param name="keys">The games and roles.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<ILookup<GameCompanyKey, Company>> GetCompaniesAsync(
        IReadOnlyCollection<GameCompanyKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        long[] gameIds = [.. keys.Select(key => key.GameId).Distinct()];
        HashSet<GameCompanyKey> wanted = [.. keys];
        CatalogDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            var rows = await (
                    from link in context.GameCompanies
                    join company in context.Companies on link.CompanyId equals company.Id
                    where gameIds.Contains(link.GameId)
                    orderby company.Name
                    select new { link.GameId, link.Role, Company = company })
                .AsNoTracking()
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            return rows
                .Select(row => (Key: new GameCompanyKey(row.GameId, row.Role), row.Company))
                .Where(row => wanted.Contains(row.Key))
                .ToLookup(row => row.Key, row => row.Company);
        }
    }
}
