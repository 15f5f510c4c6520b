namespace GameLibrary.Gateway.LoadTest.Platform;

/// <summary>How a <see cref="ProcessPlatform"/> is started.</summary>
/// <param name="Games">Games the catalog is seeded with before the subgraphs start.</param>
/// <param name="Subgraphs">Extra settings of every subgraph, as environment variables (<c>Scoreboard__RepairInterval</c>).</param>
/// <param name="Gateway">Extra settings of the gateway, as environment variables (<c>Gateway__SubgraphTimeout</c>).</param>
internal sealed record PlatformSettings(int Games, IReadOnlyDictionary<string, string> Subgraphs, IReadOnlyDictionary<string, string> Gateway)
{
    /// <summary>
    /// Settings for load: no per-player rate limit or anti-cheat burst rule in the way of many submissions by few players
    /// (each would refuse or flag scores the load expects accepted; both are tested on their own).
    /// </summary>
    public static IReadOnlyDictionary<string, string> UnthrottledScoreboard { get; } = new Dictionary<string, string>
    {
        ["Scoreboard__RateLimit__PermitLimit"] = "1000000",
        ["Scoreboard__AntiCheat__MaxBurst"] = "1000000",
        ["Scoreboard__AntiCheat__MaxJumpFactor"] = "1000000",
    };
}
