using GameLibrary.Catalog;
using GameLibrary.Catalog.Commands;
using GameLibrary.Catalog.Queries;
using GameLibrary.Catalog.Search;
using GameLibrary.Catalog.Seeding;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the catalog domain.</summary>
public static class CatalogServiceCollectionExtensions
{
    /// <summary>The name under <c>ConnectionStrings</c> of the catalog's PostgreSQL database.</summary>
    public const string ConnectionName = "Catalog";

    /// <summary>
    /// Registers <see cref="CatalogDbContext"/> (PostgreSQL when <c>ConnectionStrings:Catalog</c> is set, else the
    /// SQLite default), the query and command services, and the outbox publisher that moves the catalog's domain
    /// events to the Redis event log. The Redis connection is the caller's (<c>AddGameLibraryRedis</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application configuration.</param>
    public static IServiceCollection AddCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddGameLibraryDbContext<CatalogDbContext>(configuration, ConnectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GameQueries>();
        services.TryAddSingleton<GameRelations>();
        services.TryAddSingleton<ReferenceData>();
        services.TryAddSingleton<GameSearch>();
        services.TryAddSingleton<GameCommands>();
        services.TryAddSingleton<CatalogSeeder>();
        services.AddOutboxPublisher<CatalogDbContext>();
        return services;
    }
}
