namespace GameLibrary.Recommendations;

/// <summary>Settings of the recommendations subgraph, bound from the <c>Recommendations</c> configuration section.</summary>
public sealed class RecommendationsOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Recommendations";

    /// <summary>The catalog's event log. Defaults to <c>catalog</c>.</summary>
    public string CatalogEventLog { get; set; } = "catalog";

    /// <summary>The users subgraph's event log. Defaults to <c>users</c>.</summary>
    public string UsersEventLog { get; set; } = "users";

    /// <summary>The scoreboard's event log. Defaults to <c>scoreboard</c>.</summary>
    public string ScoreboardEventLog { get; set; } = "scoreboard";

    /// <summary>The prefix of this subgraph's Redis keys (cached picks and trending lists). Defaults to <c>recommendations</c>.</summary>
    public string RedisKeyPrefix { get; set; } = "recommendations";

    /// <summary>
    /// How long a player's computed picks stay cached in Redis. The player's own events drop the entry at once; other
    /// players' activity reaches the picks when it expires. Defaults to 60 seconds.
    /// </summary>
    public TimeSpan PicksCacheLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a computed trending list stays cached in Redis. Defaults to 10 seconds.</summary>
    public TimeSpan TrendingCacheLifetime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the events logs are polled when no notification arrives. Defaults to 1 second.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
