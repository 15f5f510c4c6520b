using GameLibrary.Recommendations;
using GameLibrary.Recommendations.Data;
using GameLibrary.Recommendations.Events;
using GameLibrary.Recommendations.Handlers;
using GameLibrary.Recommendations.Model;
using GameLibrary.Recommendations.Rebuild;
using GameLibrary.Recommendations.Serving;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the recommendations domain.</summary>
public static class RecommendationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RecommendationsDbContext"/> on <c>ConnectionStrings:Recommendations</c> (PostgreSQL) or the
    /// SQLite default, the <c>Recommendations</c> options, the in-memory index, the service answering queries, the
    /// event handlers and the rebuilder. The service needs the Redis connection (<c>AddGameLibraryRedis</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application configuration.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddRecommendationsDomain(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddGameLibraryDbContext<RecommendationsDbContext>(configuration, "Recommendations");
        services.AddOptions<RecommendationsOptions>()
            .Bind(configuration.GetSection(RecommendationsOptions.SectionName))
            .Validate(
                options => !string.IsNullOrWhiteSpace(options.CatalogEventLog)
                    && !string.IsNullOrWhiteSpace(options.UsersEventLog)
                    && !string.IsNullOrWhiteSpace(options.ScoreboardEventLog)
                    && !string.IsNullOrWhiteSpace(options.RedisKeyPrefix)
                    && options.PicksCacheLifetime > TimeSpan.Zero
                    && options.TrendingCacheLifetime > TimeSpan.Zero
                    && options.PollInterval > TimeSpan.Zero,
                "Recommendations: the event log names and RedisKeyPrefix must be non-empty, the cache lifetimes and PollInterval positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RecommendationIndex>();
        services.TryAddSingleton<RecommendationService>();
        services.TryAddScoped<CatalogEventHandler>();
        services.TryAddScoped<UsersEventHandler>();
        services.TryAddScoped<ScoreboardEventHandler>();
        services.TryAddSingleton<ReadModelRebuilder>();
        return services;
    }

    /// <summary>
    /// Consumes the catalog, users and scoreboard logs (as <c>recommendations</c>) into the read model, and loads the
    /// index at start with the neighbours of popular games precomputed (<see cref="NeighborWarmUp"/>). Needs the Redis
    /// connection and <see cref="AddRecommendationsDomain"/> first.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application configuration (the <c>Recommendations:*EventLog</c> names).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddRecommendationsEvents(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // Read directly: a consumer's log is fixed when it is registered, before options can be resolved.
        RecommendationsOptions defaults = new();
        TimeSpan poll = configuration.GetSection(RecommendationsOptions.SectionName).GetValue(nameof(RecommendationsOptions.PollInterval), defaults.PollInterval);
        services.AddEventConsumer<CatalogEventHandler>(LogName(configuration, nameof(RecommendationsOptions.CatalogEventLog), defaults.CatalogEventLog), RecommendationsConsumer.Name, o => o.PollInterval = poll);
        services.AddEventConsumer<UsersEventHandler>(LogName(configuration, nameof(RecommendationsOptions.UsersEventLog), defaults.UsersEventLog), RecommendationsConsumer.Name, o => o.PollInterval = poll);
        services.AddEventConsumer<ScoreboardEventHandler>(LogName(configuration, nameof(RecommendationsOptions.ScoreboardEventLog), defaults.ScoreboardEventLog), RecommendationsConsumer.Name, o => o.PollInterval = poll);
        services.AddHostedService<NeighborWarmUp>();
        return services;
    }

    private static string LogName(IConfiguration configuration, string key, string fallback) =>
        configuration[$"{RecommendationsOptions.SectionName}:{key}"] is { Length: > 0 } configured ? configured : fallback;
}
