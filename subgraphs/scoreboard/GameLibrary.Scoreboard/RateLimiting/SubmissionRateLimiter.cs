using GameLibrary.Scoreboard.Boards;

using Microsoft.Extensions.Options;

using StackExchange.Redis;

namespace GameLibrary.Scoreboard.RateLimiting;

/// <summary>
/// The sliding-window rate limit per player and game, shared by every instance through a Redis sorted set (member =
/// idempotency key, score = time in ms, so retries of one submission count once); the per-instance
/// <see cref="LocalRateLimiter"/> while Redis is unreachable.
/// </summary>
/// <param name="redis">The application's connection.</param>
/// <param name="keys">The key names.</param>
/// <param name="local">The fallback.</param>
/// <param name="timeProvider">The clock deciding the window.</param>
/// <param name="options">The limit.</param>
public sealed class SubmissionRateLimiter(
    IConnectionMultiplexer redis, BoardKeys keys, LocalRateLimiter local, TimeProvider timeProvider, IOptions<ScoreboardOptions> options)
{
    // KEYS: the window set. ARGV: now (ms), window (ms), limit, member. Returns {allowed, ms to wait}.
    private const string Script = """
        local now = tonumber(ARGV[1])
        local window = tonumber(ARGV[2])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
        if redis.call('ZSCORE', KEYS[1], ARGV[4]) then
          return {1, 0}
        end
        if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
          local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
          return {0, tonumber(oldest[2]) + window - now}
        end
        redis.call('ZADD', KEYS[1], now, ARGV[4])
        redis.call('PEXPIRE', KEYS[1], window)
        return {1, 0}
        """;

    /// <summary>Counts a submission if the player's window on the game has room.</summary>
    /// <param name="userId">The player.</param>
    /// <param name="gameId">The game.</param>
    /// <param name="idempotencyKey">The submission's key.</param>
    public async Task<RateLimitDecision> TryAcquireAsync(Guid userId, long gameId, string idempotencyKey)
    {
        RateLimitOptions limit = options.Value.RateLimit;
        DateTimeOffset now = timeProvider.GetUtcNow();
        if (redis.IsConnected)
        {
            try
            {
                RedisResult[] result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
                    Script,
                    [keys.RateLimit(userId, gameId)],
                    [now.ToUnixTimeMilliseconds(), (long)limit.Window.TotalMilliseconds, limit.PermitLimit, idempotencyKey]).ConfigureAwait(false))!;
                return (long)result[0] == 1 ? RateLimitDecision.Allow : RateLimitDecision.Deny(TimeSpan.FromMilliseconds((long)result[1]));
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                // Fall through to the local window.
            }
        }

        return local.TryAcquire(userId, gameId, idempotencyKey, now, limit);
    }
}
