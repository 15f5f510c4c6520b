using GameLibrary.Scoreboard.Boards;

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GameLibrary.Scoreboard.Health;

/// <summary>Readiness of the boards: degraded while they are served from SQL (Redis down, or awaiting a repair).</summary>
/// <param name="leaderboards">The boards.</param>
public sealed class BoardsHealthCheck(Leaderboards leaderboards) : IHealthCheck
{
    /// <summary>The check's name.</summary>
    public const string Name = "scoreboard-boards";

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(leaderboards.ServesFromRedis
            ? HealthCheckResult.Healthy("Boards served from Redis")
            : HealthCheckResult.Degraded("Boards served from SQL until Redis is back and repaired"));
}
