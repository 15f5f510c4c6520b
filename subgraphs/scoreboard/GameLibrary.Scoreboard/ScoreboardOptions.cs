using GameLibrary.Scoreboard.AntiCheat;
using GameLibrary.Scoreboard.RateLimiting;

namespace GameLibrary.Scoreboard;

/// <summary>Settings of the scoreboard subgraph, bound from the <c>Scoreboard</c> configuration section.</summary>
public sealed class ScoreboardOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Scoreboard";

    /// <summary>The event log catalog publishes its games on. Defaults to <c>catalog</c>.</summary>
    public string CatalogEventLog { get; set; } = "catalog";

    /// <summary>The event log the users subgraph publishes on. Defaults to <c>users</c>.</summary>
    public string UsersEventLog { get; set; } = "users";

    /// <summary>The event log the scoreboard publishes on. Defaults to <c>scoreboard</c> (other subgraphs read it).</summary>
    public string EventLog { get; set; } = Events.ScoreboardEventLog.Name;

    /// <summary>The prefix of every Redis key and channel of the scoreboard. Defaults to <c>scoreboard:</c>.</summary>
    public string RedisPrefix { get; set; } = "scoreboard:";

    /// <summary>How far in the future <c>playedAt</c> may lie (clock skew). Defaults to 30 seconds.</summary>
    public TimeSpan FutureTolerance { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How old <c>playedAt</c> may be. Defaults to 24 hours.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The largest page a board query returns (<c>first</c>). Defaults to 100.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>How often the boards are checked and, when Redis missed updates or lost its data, repaired. Defaults to 5 seconds.</summary>
    public TimeSpan RepairInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The shortest time between two updates of one live board subscription. Defaults to 250 ms (4 a second).</summary>
    public TimeSpan LiveUpdateInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The rate limit.</summary>
    public RateLimitOptions RateLimit { get; } = new();

    /// <summary>The anti-cheat rules.</summary>
    public AntiCheatOptions AntiCheat { get; } = new();
}
