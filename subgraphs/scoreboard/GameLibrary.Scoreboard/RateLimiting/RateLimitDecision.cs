namespace GameLibrary.Scoreboard.RateLimiting;

/// <summary>Whether a submission may proceed.</summary>
/// <param name="Allowed">Whether it may.</param>
/// <param name="RetryAfterSeconds">When not: whole seconds until the oldest submission in the window leaves it (at least 1).</param>
public sealed record RateLimitDecision(bool Allowed, int RetryAfterSeconds)
{
    /// <summary>Allowed.</summary>
    public static RateLimitDecision Allow { get; } = new(true, 0);

    /// <summary>Refused; retry after <paramref name="wait"/> (rounded up to whole seconds).</summary>
    /// <param name="wait">The time until a slot frees.</param>
    public static RateLimitDecision Deny(TimeSpan wait) => new(false, Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
}
