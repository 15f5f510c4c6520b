using System.Globalization;
using System.Text.Json;

using GameLibrary.Recommendations.Model;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using StackExchange.Redis;

namespace GameLibrary.Recommendations.Serving;

/// <summary>
/// Answers the recommendation questions from the in-memory model. The costlier lists — a player's picks and the
/// trending lists — are kept in Redis (plain strings with an expiry, so real Redis and Garnet serve them alike): picks
/// under the player's change version, so a player's own event makes the next read recompute at once; trending for
/// <see cref="RecommendationsOptions.TrendingCacheLifetime"/>. When Redis fails, answers are computed without it.
/// </summary>
/// <param name="index">The serving model.</param>
/// <param name="redis">The Redis connection.</param>
/// <param name="options">Cache lifetimes and key prefix.</param>
/// <param name="time">The clock decay and windows are measured with.</param>
/// <param name="logger">Reports cache failures.</param>
public sealed partial class RecommendationService(
    RecommendationIndex index,
    IConnectionMultiplexer redis,
    IOptions<RecommendationsOptions> options,
    TimeProvider time,
    ILogger<RecommendationService> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Games like <paramref name="gameId"/>, best first; empty for a game the catalog has not announced.</summary>
    /// <param name="gameId">The game.</param>
    /// <param name="first">How many, 0 to <see cref="RecommendationLimits.MaxFirst"/>.</param>
    /// <param name="cancellationToken">Cancels loading the model.</param>
    public Task<List<Recommendation>> SimilarGamesAsync(long gameId, int first, CancellationToken cancellationToken)
    {
        CheckFirst(first);
        return index.ReadAsync(state => SimilarGames.Compute(state, gameId, time.GetUtcNow(), first), cancellationToken);
    }

    /// <summary>The game's popularity in [0, 1]; 0 for a game nobody interacted with or the catalog has not announced.</summary>
    /// <param name="gameId">The game.</param>
    /// <param name="cancellationToken">Cancels loading the model.</param>
    public Task<double> PopularityAsync(long gameId, CancellationToken cancellationToken) =>
        index.ReadAsync(
            state => state.CatalogGame(gameId) is { } game ? RecommendationState.PopularityOf(game, time.GetUtcNow()).Popularity : 0,
            cancellationToken);

    /// <summary>The player's picks, best first: never a game they rated, own or played.</summary>
    /// <param name="userId">The player.</param>
    /// <param name="first">How many, 0 to <see cref="RecommendationLimits.MaxFirst"/>.</param>
    /// <param name="cancellationToken">Cancels loading the model.</param>
    public async Task<List<Recommendation>> PicksAsync(Guid userId, int first, CancellationToken cancellationToken)
    {
        CheckFirst(first);
        string key = await index.ReadAsync(state => PicksKey(state, userId), cancellationToken).ConfigureAwait(false);
        if (await GetAsync(key).ConfigureAwait(false) is { } cached)
        {
            return [.. cached.Take(first)];
        }

        // The key is taken again with the computation, under the same read lock, so the list is stored under the state it was computed from.
        (string computedKey, List<Recommendation> picks) = await index.ReadAsync(
            state => (PicksKey(state, userId), PersonalPicks.Compute(state, userId, time.GetUtcNow(), RecommendationLimits.MaxFirst)),
            cancellationToken).ConfigureAwait(false);
        await SetAsync(computedKey, picks, options.Value.PicksCacheLifetime).ConfigureAwait(false);
        return [.. picks.Take(first)];
    }

    /// <summary>The games rising most in activity over <paramref name="window"/>, best first.</summary>
    /// <param name="window">The window.</param>
    /// <param name="first">How many, 0 to <see cref="RecommendationLimits.MaxFirst"/>.</param>
    /// <param name="cancellationToken">Cancels loading the model.</param>
    public async Task<List<Recommendation>> TrendingAsync(TrendWindow window, int first, CancellationToken cancellationToken)
    {
        CheckFirst(first);
        Guid generation = await index.ReadAsync(state => state.Generation, cancellationToken).ConfigureAwait(false);
        string key = Key("trending", generation, window.ToString().ToUpperInvariant());
        if (await GetAsync(key).ConfigureAwait(false) is { } cached)
        {
            return [.. cached.Take(first)];
        }

        List<Recommendation> trending = await index.ReadAsync(
            state => TrendingGames.Compute(state, window, time.GetUtcNow(), RecommendationLimits.MaxFirst), cancellationToken).ConfigureAwait(false);
        await SetAsync(key, trending, options.Value.TrendingCacheLifetime).ConfigureAwait(false);
        return [.. trending.Take(first)];
    }

    /// <summary>The player's cache key: it changes with the model's load, the player's own changes and any deletion.</summary>
    private string PicksKey(RecommendationState state, Guid userId) => Key(
        "picks",
        state.Generation,
        userId.ToString("N"),
        (state.Players.TryGetValue(userId, out PlayerNode? player) ? player.Version : 0).ToString(CultureInfo.InvariantCulture),
        state.Deletions.ToString(CultureInfo.InvariantCulture));

    private static void CheckFirst(int first)
    {
        if (!RecommendationLimits.IsValid(first))
        {
            throw new ArgumentOutOfRangeException(nameof(first), first, $"'first' is between 0 and {RecommendationLimits.MaxFirst}.");
        }
    }

    private string Key(string kind, Guid generation, params string[] parts) =>
        $"{options.Value.RedisKeyPrefix}:{kind}:{generation:N}:{string.Join(':', parts)}";

    private async Task<List<Recommendation>?> GetAsync(string key)
    {
        try
        {
            RedisValue value = await redis.GetDatabase().StringGetAsync(key).ConfigureAwait(false);
            return value.HasValue ? JsonSerializer.Deserialize<List<Recommendation>>(value.ToString(), Json) : null;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or JsonException)
        {
            LogCacheFailed(key, exception);
            return null;
        }
    }

    private async Task SetAsync(string key, List<Recommendation> value, TimeSpan lifetime)
    {
        try
        {
            await redis.GetDatabase().StringSetAsync(key, JsonSerializer.Serialize(value, Json), lifetime).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogCacheFailed(key, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recommendations cache {Key} unavailable; answering without it")]
    private partial void LogCacheFailed(string key, Exception exception);
}
