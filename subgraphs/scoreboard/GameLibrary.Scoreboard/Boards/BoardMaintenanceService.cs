using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using StackExchange.Redis;

namespace GameLibrary.Scoreboard.Boards;

/// <summary>
/// Keeps the Redis boards whole without a restart: at start and then every <see cref="ScoreboardOptions.RepairInterval"/>,
/// when Redis is connected and either never built (a fresh or restarted Redis) or marked as missing updates, rebuilds
/// them from SQL.
/// </summary>
/// <param name="rebuilder">The rebuild.</param>
/// <param name="redis">The application's connection.</param>
/// <param name="state">Whether a repair is owed.</param>
/// <param name="options">The scoreboard options.</param>
/// <param name="logger">Reports failed repairs.</param>
public sealed partial class BoardMaintenanceService(
    BoardRebuilder rebuilder,
    IConnectionMultiplexer redis,
    BoardState state,
    IOptions<ScoreboardOptions> options,
    ILogger<BoardMaintenanceService> logger) : BackgroundService
{
    /// <summary>Rebuilds now when Redis is connected and the boards are missing or owe updates; returns whether it rebuilt.</summary>
    /// <param name="cancellationToken">Cancels the rebuild.</param>
    public async Task<bool> RepairIfNeededAsync(CancellationToken cancellationToken)
    {
        if (!redis.IsConnected)
        {
            if (!state.NeedsRepair)
            {
                // Whatever Redis receives while away is unknown: rebuild when it is back.
                state.MarkNeedsRepair();
            }

            return false;
        }

        if (!state.NeedsRepair && await rebuilder.IsBuiltAsync().ConfigureAwait(false))
        {
            return false;
        }

        await rebuilder.RebuildAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Real time paces the checks; the injected clock is domain time (tests freeze it).
        using PeriodicTimer timer = new(options.Value.RepairInterval);
        do
        {
            try
            {
                await RepairIfNeededAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRepairFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Repairing the Redis boards failed; retrying at the next check")]
    private partial void LogRepairFailed(Exception exception);
}
