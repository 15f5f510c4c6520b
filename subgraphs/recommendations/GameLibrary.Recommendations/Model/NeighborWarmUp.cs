using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GameLibrary.Recommendations.Model;

/// <summary>
/// Loads the index at start and precomputes the content neighbours of the most popular games (the ones asked about
/// most), so their first <c>similarGames</c> request does not pay for it; other games' neighbours are computed on
/// their first request. From then on the lists are maintained incrementally.
/// </summary>
/// <param name="index">The serving model.</param>
/// <param name="logger">Reports the warm-up.</param>
public sealed partial class NeighborWarmUp(RecommendationIndex index, ILogger<NeighborWarmUp> logger) : BackgroundService
{
    /// <summary>How many of the most popular games get their neighbours precomputed.</summary>
    public const int Games = 5_000;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            long start = Environment.TickCount64;
            int warmed = await index.WarmUpAsync(Games, stoppingToken).ConfigureAwait(false);
            LogWarmed(warmed, Environment.TickCount64 - start);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Only a head start: requests compute what the warm-up did not.
            LogWarmUpFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Precomputed the content neighbours of {Games} popular games in {Milliseconds} ms")]
    private partial void LogWarmed(int games, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The neighbour warm-up failed; neighbours are computed on first request")]
    private partial void LogWarmUpFailed(Exception exception);
}
