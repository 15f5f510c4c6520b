using GameLibrary.Persistence;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers EF Core contexts on PostgreSQL or the embedded SQLite default.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> (scoped) and <see cref="IDbContextFactory{TContext}"/> on
    /// PostgreSQL when <c>ConnectionStrings:{connectionName}</c> is set, else on SQLite at
    /// <c>.data/{connectionName in lower case}.db</c> under the content root; a
    /// <see cref="DatabaseSelection{TContext}"/> telling which; a <see cref="DatabaseInitializer{TContext}"/>
    /// (also resolvable directly) that creates the schema at start; and a health check <c>database-{connectionName}</c> tagged <c>ready</c>.
    /// </summary>
    /// <remarks>
    /// Npgsql's retry-on-failure is deliberately off: its retrying execution strategy rejects
    /// user-initiated transactions (which the outbox and multi-step writes use) unless every one is
    /// wrapped in <c>CreateExecutionStrategy().ExecuteAsync</c>. A transient failure surfaces to the
    /// caller instead, and the outbox publisher retries on its next pass.
    /// </remarks>
    /// <typeparam name="TContext">The context; it needs a constructor taking <see cref="DbContextOptions{TContext}"/>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application configuration.</param>
    /// <param name="connectionName">The name under <c>ConnectionStrings</c>, e.g. <c>Catalog</c>.</param>
    public static IServiceCollection AddGameLibraryDbContext<TContext>(
        this IServiceCollection services, IConfiguration configuration, string connectionName)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);

        services.TryAddSingleton(provider => DatabaseSelection<TContext>.FromConfiguration(
            configuration,
            connectionName,
            provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory()));
        services.AddDbContextFactory<TContext>((provider, options) =>
        {
            var selection = provider.GetRequiredService<DatabaseSelection<TContext>>();
            _ = selection.Provider == DatabaseProvider.PostgreSql
                ? options.UseNpgsql(selection.ConnectionString)
                : options.UseSqlite(selection.ConnectionString);
        });
        services.TryAddSingleton<DatabaseInitializer<TContext>>();
        services.AddHostedService(provider => provider.GetRequiredService<DatabaseInitializer<TContext>>());
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>(
            $"database-{connectionName.ToLowerInvariant()}", tags: ["ready"]);
        return services;
    }
}
