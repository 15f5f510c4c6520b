using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GameLibrary.Recommendations.Model;

/// <summary>
/// Loads the index at start and precomputes the content neighbours of every game in the background, the most popular
/// (the most asked about) first; a request for a game not reached yet computes its list itself. From then on the lists
/// are maintained incrementally as games change.
/// </summary>
/// <param name="index">The serving model.</param>
/// <param name="logger">Reports the warm-up.</param>
public sealed partial class NeighborWarmUp(RecommendationIndex index, ILogger<NeighborWarmUp> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            long start = Environment.TickCount64;
            int warmed = await index.WarmUpAsync(stoppingToken).ConfigureAwait(false);
            LogWarmed(warmed, Environment.TickCount64 - start);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Only a head start: requests compute what the warm-up did not.
            LogWarmUpFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Precomputed the content neighbours of {Games} games in {Milliseconds} ms")]
    private partial void LogWarmed(int games, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The neighbour warm-up failed; neighbours are computed on first request")]
    private partial void LogWarmUpFailed(Exception exception);
}
