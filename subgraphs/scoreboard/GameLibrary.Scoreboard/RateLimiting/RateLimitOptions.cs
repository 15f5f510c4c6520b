namespace GameLibrary.Scoreboard.RateLimiting;

/// <summary>The submission rate limit per player and game (<c>Scoreboard:RateLimit</c>).</summary>
public sealed class RateLimitOptions
{
    /// <summary>How many submissions a player may make on one game within <see cref="Window"/>. Defaults to 30.</summary>
    public int PermitLimit { get; set; } = 30;

    /// <summary>The sliding window. Defaults to one minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
