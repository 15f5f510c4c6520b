using GameLibrary.Scoreboard;
using GameLibrary.Scoreboard.Achievements;
using GameLibrary.Scoreboard.AntiCheat;
using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Catalog;
using GameLibrary.Scoreboard.Competitions;
using GameLibrary.Scoreboard.Data;
using GameLibrary.Scoreboard.Events;
using GameLibrary.Scoreboard.Health;
using GameLibrary.Scoreboard.Live;
using GameLibrary.Scoreboard.Players;
using GameLibrary.Scoreboard.RateLimiting;
using GameLibrary.Scoreboard.Scores;
using GameLibrary.Scoreboard.Seeding;
using GameLibrary.Scoreboard.Stats;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the scoreboard domain.</summary>
public static class ScoreboardServiceCollectionExtensions
{
    /// <summary>The name under <c>ConnectionStrings</c> of the scoreboard's PostgreSQL database.</summary>
    public const string ConnectionName = "Scoreboard";

    /// <summary>
    /// Registers <see cref="ScoreboardDbContext"/> on <c>ConnectionStrings:Scoreboard</c> (PostgreSQL) or the SQLite
    /// default, the <c>Scoreboard</c> options, the boards (Redis with the SQL fallback, rebuild and repair), rate
    /// limiting, anti-cheat, achievements, competitions, live feeds, and a readiness check that reports degraded while
    /// boards are served from SQL. Needs the Redis connection (<c>AddGameLibraryRedis</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application configuration.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddScoreboardDomain(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddGameLibraryDbContext<ScoreboardDbContext>(configuration, ConnectionName);
        services.AddOptions<ScoreboardOptions>()
            .Bind(configuration.GetSection(ScoreboardOptions.SectionName))
            .Validate(
                options => options.RateLimit is { PermitLimit: > 0 } && options.RateLimit.Window > TimeSpan.Zero
                    && options.MaxPageSize > 0 && options.RepairInterval > TimeSpan.Zero && options.LiveUpdateInterval >= TimeSpan.Zero
                    && options.MaxAge > TimeSpan.Zero && options.FutureTolerance >= TimeSpan.Zero
                    && !string.IsNullOrWhiteSpace(options.RedisPrefix) && !string.IsNullOrWhiteSpace(options.EventLog)
                    && !string.IsNullOrWhiteSpace(options.CatalogEventLog) && !string.IsNullOrWhiteSpace(options.UsersEventLog),
                "Scoreboard: the rate limit, page size, intervals and ages must be positive, the prefix and log names non-empty.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new BoardKeys(provider.GetRequiredService<IOptions<ScoreboardOptions>>().Value.RedisPrefix));
        services.TryAddSingleton<BoardState>();
        services.TryAddSingleton<RedisBoards>();
        services.TryAddSingleton<SqlBoards>();
        services.TryAddSingleton<Leaderboards>();
        services.TryAddSingleton<BoardRebuilder>();
        services.TryAddSingleton<BoardMaintenanceService>();
        services.TryAddSingleton<LocalRateLimiter>();
        services.TryAddSingleton<SubmissionRateLimiter>();
        services.TryAddSingleton<AntiCheatRules>();
        services.TryAddSingleton<AchievementService>();
        services.TryAddSingleton<LiveBus>();
        services.TryAddSingleton<LeaderboardFeed>();
        services.TryAddSingleton<AchievementFeed>();
        services.TryAddSingleton<ScoreQueries>();
        services.TryAddSingleton<PlayerQueries>();
        services.TryAddSingleton<ScoreSeeder>();
        services.TryAddScoped<ScoreService>();
        services.TryAddScoped<CompetitionService>();
        services.TryAddScoped<CatalogEventHandler>();
        services.TryAddScoped<UsersEventHandler>();
        services.AddHealthChecks().AddCheck<BoardsHealthCheck>(BoardsHealthCheck.Name, HealthStatus.Degraded, ["ready"]);

        // Redis down is degraded, not unhealthy, for the scoreboard: submissions and reads go on through SQL.
        services.PostConfigure<HealthCheckServiceOptions>(health =>
        {
            foreach (HealthCheckRegistration registration in health.Registrations.Where(r => r.Name == RedisServiceCollectionExtensions.HealthCheckName))
            {
                registration.FailureStatus = HealthStatus.Degraded;
            }
        });
        return services;
    }

    /// <summary>
    /// Runs the board maintenance (rebuild at start when the keys are missing, repair when Redis returns), publishes the
    /// outbox to the scoreboard event log, and consumes the catalog log (known games) and the users log (regions,
    /// erasure) as <c>scoreboard</c>. Call after <see cref="AddScoreboardDomain"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application configuration (<c>Scoreboard:CatalogEventLog</c>, <c>Scoreboard:UsersEventLog</c>).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddScoreboardBackgroundServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // Read directly: a consumer's log is fixed when it is registered, before options can be resolved.
        ScoreboardOptions defaults = new();
        string catalogLog = configuration[$"{ScoreboardOptions.SectionName}:{nameof(ScoreboardOptions.CatalogEventLog)}"] is { Length: > 0 } catalog
            ? catalog
            : defaults.CatalogEventLog;
        string usersLog = configuration[$"{ScoreboardOptions.SectionName}:{nameof(ScoreboardOptions.UsersEventLog)}"] is { Length: > 0 } users
            ? users
            : defaults.UsersEventLog;
        services.AddHostedService(provider => provider.GetRequiredService<BoardMaintenanceService>());
        services.AddOutboxPublisher<ScoreboardDbContext>();
        services.AddEventConsumer<CatalogEventHandler>(catalogLog, ScoreboardEventLog.ConsumerName);
        services.AddEventConsumer<UsersEventHandler>(usersLog, ScoreboardEventLog.ConsumerName);
        return services;
    }
}
