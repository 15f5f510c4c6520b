using GameLibrary.Catalog.Model;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Catalog.Queries;

/// <summary>Reads genres, platforms and companies: small reference sets, listed whole by name.</summary>
/// <param name="contexts">Creates the contexts; concurrent calls never share one.</param>
public sealed class ReferenceData(IDbContextFactory<CatalogDbContext> contexts)
{
    /// <summary>All genres by name.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public Task<IReadOnlyList<Genre>> GetGenresAsync(CancellationToken cancellationToken = default) =>
        ListAsync(context => context.Genres.OrderBy(genre => genre.Name), cancellationToken);

    /// <summary>All platforms by name.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public Task<IReadOnlyList<Platform>> GetPlatformsAsync(CancellationToken cancellationToken = default) =>
        ListAsync(context => context.Platforms.OrderBy(platform => platform.Name), cancellationToken);

    /// <summary>All companies by name.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public Task<IReadOnlyList<Company>> GetCompaniesAsync(CancellationToken cancellationToken = default) =>
        ListAsync(context => context.Companies.OrderBy(company => company.Name), cancellationToken);

    /// <summary>The genres with these ids.</summary>
    /// <param name="ids">The ids.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyDictionary<long, Genre>> GetGenresByIdAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) =>
        (await ListAsync(context => context.Genres.Where(genre => ids.Contains(genre.Id)), cancellationToken).ConfigureAwait(false))
            .ToDictionary(genre => genre.Id);

    /// <summary>The platforms with these ids.</summary>
    /// <param name="ids">The ids.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyDictionary<long, Platform>> GetPlatformsByIdAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) =>
        (await ListAsync(context => context.Platforms.Where(platform => ids.Contains(platform.Id)), cancellationToken).ConfigureAwait(false))
            .ToDictionary(platform => platform.Id);

    /// <summary>The companies with these ids.</summary>
    /// <param name="ids">The ids.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyDictionary<long, Company>> GetCompaniesByIdAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) =>
        (await ListAsync(context => context.Companies.Where(company => ids.Contains(company.Id)), cancellationToken).ConfigureAwait(false))
            .ToDictionary(company => company.Id);

    private async Task<IReadOnlyList<T>> ListAsync<T>(Func<CatalogDbContext, IQueryable<T>> query, CancellationToken cancellationToken)
        where T : class
    {
        CatalogDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            return await query(context).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
