using GameLibrary.Gateway.LoadTest.Platform;

namespace GameLibrary.Drills.Tests.Support;

/// <summary>
/// The platform every drill of the collection shares, started once (five hosts take long to start on a loaded machine):
/// each drill leaves it whole again, every host running and ready.
/// </summary>
public sealed class DrillPlatform : IAsyncLifetime
{
    /// <summary>The recommendations subgraph's own timeout at the gateway (the slow-subgraph drill freezes it).</summary>
    public static readonly TimeSpan RecommendationsTimeout = TimeSpan.FromSeconds(5);

    private ProcessPlatform? _platform;

    internal ProcessPlatform Platform => _platform ?? throw new InvalidOperationException("The platform did not start.");

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var subgraphs = new Dictionary<string, string>(PlatformSettings.UnthrottledScoreboard)
        {
            // Repair boards soon after Redis is back, so the Redis drill does not wait 5 s per check.
            ["Scoreboard__RepairInterval"] = "00:00:01",
        };
        var gateway = new Dictionary<string, string>
        {
            ["Gateway__Subgraphs__recommendations__Timeout"] = RecommendationsTimeout.ToString("c"),
        };
        _platform = await ProcessPlatform.StartAsync(new PlatformSettings(Games: 10, subgraphs, gateway));
    }

    /// <inheritdoc/>
    public Task DisposeAsync()
    {
        _platform?.Dispose();
        return Task.CompletedTask;
    }
}
