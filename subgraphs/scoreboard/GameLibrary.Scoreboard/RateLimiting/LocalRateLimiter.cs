namespace GameLibrary.Scoreboard.RateLimiting;

/// <summary>
/// The per-instance sliding window used while Redis is unreachable: the same rule as in Redis, but each instance
/// counts only its own submissions (so N instances allow up to N times the limit until Redis is back).
/// </summary>
public sealed class LocalRateLimiter
{
    private readonly Dictionary<(Guid, long), List<(DateTimeOffset At, string Key)>> _windows = [];
    private readonly Lock _lock = new();

    /// <summary>Counts a submission if the window has room.</summary>
    /// <param name="userId">The player.</param>
    /// <param name="gameId">The game.</param>
    /// <param name="idempotencyKey">The submission's key: retries of one key count once.</param>
    /// <param name="now">The current time.</param>
    /// <param name="options">The limit and window.</param>
    public RateLimitDecision TryAcquire(Guid userId, long gameId, string idempotencyKey, DateTimeOffset now, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        lock (_lock)
        {
            if (!_windows.TryGetValue((userId, gameId), out List<(DateTimeOffset At, string Key)>? window))
            {
                window = [];
                _windows[(userId, gameId)] = window;
            }

            window.RemoveAll(entry => entry.At <= now - options.Window);
            if (window.Exists(entry => entry.Key == idempotencyKey))
            {
                return RateLimitDecision.Allow;
            }

            if (window.Count >= options.PermitLimit)
            {
                return RateLimitDecision.Deny(window.Min(entry => entry.At) + options.Window - now);
            }

            window.Add((now, idempotencyKey));
            if (_windows.Count > 100_000)
            {
                // Bound memory during a long outage: forget windows that have emptied.
                foreach ((Guid, long) empty in _windows.Where(pair => pair.Value.TrueForAll(entry => entry.At <= now - options.Window)).Select(pair => pair.Key).ToList())
                {
                    _windows.Remove(empty);
                }
            }

            return RateLimitDecision.Allow;
        }
    }
}
