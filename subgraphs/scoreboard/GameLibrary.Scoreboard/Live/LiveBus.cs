using System.Globalization;
using System.Text.Json;

using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Events;
using GameLibrary.Scoreboard.Players;

using Microsoft.Extensions.Logging;

using StackExchange.Redis;

namespace GameLibrary.Scoreboard.Live;

/// <summary>
/// Tells every scoreboard instance that a game's boards changed or a player unlocked an achievement, through Redis
/// pub/sub (which Redis and Garnet both serve). This instance's own messages are delivered locally at once (and also
/// while Redis is down); those coming back from Redis are skipped.
/// </summary>
public sealed partial class LiveBus : IDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private readonly IConnectionMultiplexer _redis;
    private readonly BoardKeys _keys;
    private readonly ILogger<LiveBus> _logger;
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _subscribing = new(1, 1);
    private ImmutableHandlers _handlers = new([], []);
    private bool _subscribed;

    /// <summary>Creates the bus; it subscribes to Redis on first use.</summary>
    /// <param name="redis">The application's connection.</param>
    /// <param name="keys">The channel names.</param>
    /// <param name="logger">Reports lost publications.</param>
    public LiveBus(IConnectionMultiplexer redis, BoardKeys keys, ILogger<LiveBus> logger)
    {
        _redis = redis;
        _keys = keys;
        _logger = logger;
    }

    /// <summary>Calls <paramref name="handler"/> with (game, region of the player) whenever a game's boards change.</summary>
    /// <param name="handler">The handler; it must not block.</param>
    /// <returns>Removes the handler.</returns>
    public async Task<IDisposable> OnBoardChangedAsync(Action<long, Region?> handler)
    {
        await EnsureSubscribedAsync().ConfigureAwait(false);
        lock (_lock)
        {
            _handlers = _handlers with { Boards = _handlers.Boards.Add(handler) };
        }

        return new Removal(() =>
        {
            lock (_lock)
            {
                _handlers = _handlers with { Boards = _handlers.Boards.Remove(handler) };
            }
        });
    }

    /// <summary>Calls <paramref name="handler"/> for every unlocked achievement.</summary>
    /// <param name="handler">The handler; it must not block.</param>
    /// <returns>Removes the handler.</returns>
    public async Task<IDisposable> OnAchievementAsync(Action<AchievementUnlocked> handler)
    {
        await EnsureSubscribedAsync().ConfigureAwait(false);
        lock (_lock)
        {
            _handlers = _handlers with { Achievements = _handlers.Achievements.Add(handler) };
        }

        return new Removal(() =>
        {
            lock (_lock)
            {
                _handlers = _handlers with { Achievements = _handlers.Achievements.Remove(handler) };
            }
        });
    }

    /// <summary>Announces that a game's boards changed.</summary>
    /// <param name="gameId">The game.</param>
    /// <param name="region">The player's region (its regional boards changed too).</param>
    public Task PublishBoardChangedAsync(long gameId, Region? region)
    {
        DeliverBoard(gameId, region);
        return PublishAsync(_keys.Changes, string.Create(CultureInfo.InvariantCulture, $"{_instance}|{gameId}|{region}"));
    }

    /// <summary>Announces an unlocked achievement.</summary>
    /// <param name="unlocked">The achievement.</param>
    public Task PublishAchievementAsync(AchievementUnlocked unlocked)
    {
        DeliverAchievement(unlocked);
        return PublishAsync(_keys.Achievements, $"{_instance}|{JsonSerializer.Serialize(unlocked, JsonOptions)}");
    }

    /// <inheritdoc />
    public void Dispose() => _subscribing.Dispose();

    private async Task PublishAsync(RedisChannel channel, string message)
    {
        if (!_redis.IsConnected)
        {
            return;
        }

        try
        {
            // Fire and forget: the command still goes out in order after the board update, but the submission does not wait
            // a round trip for the subscriber count it would not use.
            await _redis.GetSubscriber().PublishAsync(channel, message, CommandFlags.FireAndForget).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Other instances miss this update; their next one (or a resubscription's first page) catches up.
            LogPublishFailed(exception);
        }
    }

    private async Task EnsureSubscribedAsync()
    {
        if (Volatile.Read(ref _subscribed))
        {
            return;
        }

        await _subscribing.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_subscribed || !_redis.IsConnected)
            {
                // Not connected: local delivery still works; the next subscriber tries again.
                return;
            }

            ISubscriber subscriber = _redis.GetSubscriber();
            await subscriber.SubscribeAsync(_keys.Changes, (_, message) => Receive(message, board: true)).ConfigureAwait(false);
            await subscriber.SubscribeAsync(_keys.Achievements, (_, message) => Receive(message, board: false)).ConfigureAwait(false);
            Volatile.Write(ref _subscribed, true);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogPublishFailed(exception);
        }
        finally
        {
            _subscribing.Release();
        }
    }

    private void Receive(RedisValue value, bool board)
    {
        string text = value.ToString();
        int separator = text.IndexOf('|', StringComparison.Ordinal);
        if (separator < 0 || text.AsSpan(0, separator).SequenceEqual(_instance))
        {
            return;
        }

        string body = text[(separator + 1)..];
        if (board)
        {
            string[] parts = body.Split('|');
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out long gameId))
            {
                DeliverBoard(gameId, Enum.TryParse(parts[1], out Region region) ? region : null);
            }
        }
        else if (JsonSerializer.Deserialize<AchievementUnlocked>(body, JsonOptions) is { } unlocked)
        {
            DeliverAchievement(unlocked);
        }
    }

    private void DeliverBoard(long gameId, Region? region)
    {
        foreach (Action<long, Region?> handler in Volatile.Read(ref _handlers).Boards)
        {
            handler(gameId, region);
        }
    }

    private void DeliverAchievement(AchievementUnlocked unlocked)
    {
        foreach (Action<AchievementUnlocked> handler in Volatile.Read(ref _handlers).Achievements)
        {
            handler(unlocked);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A live update could not be sent through Redis")]
    private partial void LogPublishFailed(Exception exception);

    private sealed record ImmutableHandlers(
        System.Collections.Immutable.ImmutableList<Action<long, Region?>> Boards,
        System.Collections.Immutable.ImmutableList<Action<AchievementUnlocked>> Achievements);

    private sealed class Removal(Action remove) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                remove();
            }
        }
    }
}
