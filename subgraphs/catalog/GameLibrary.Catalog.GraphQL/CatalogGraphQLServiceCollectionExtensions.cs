using GameLibrary.Catalog.GraphQL;
using GameLibrary.Catalog.GraphQL.Loaders;
using GameLibrary.DataLoader;
using GameLibrary.Subgraph.Toolkit.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the catalog subgraph's schema and data loaders.</summary>
public static class CatalogGraphQLServiceCollectionExtensions
{
    /// <summary>Registers <see cref="CatalogSchema"/> as the subgraph schema and its per-request data loaders.</summary>
    /// <param name="services">The service collection; the catalog domain is registered separately (<c>AddCatalog</c>).</param>
    public static IServiceCollection AddCatalogGraphQL(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSubgraphSchema<CatalogSchema>();
        services.AddDataLoader<GameByIdLoader>();
        services.AddDataLoader<GameBySlugLoader>();
        services.AddDataLoader<GenresByGameLoader>();
        services.AddDataLoader<PlatformsByGameLoader>();
        services.AddDataLoader<CompaniesByGameLoader>();
        services.AddDataLoader<GenreByIdLoader>();
        services.AddDataLoader<PlatformByIdLoader>();
        services.AddDataLoader<CompanyByIdLoader>();
        return services;
    }
}
