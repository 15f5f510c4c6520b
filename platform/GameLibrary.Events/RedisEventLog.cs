using System.Globalization;

using StackExchange.Redis;

namespace GameLibrary.Events;

/// <summary>
/// Append-only, ordered, replayable event logs in Redis, built from commands that both Redis and
/// Garnet serve (Garnet has no Streams).
/// </summary>
/// <remarks>
/// <para>Keys of log <c>L</c> (the <c>{L}</c> hash tag keeps them in one cluster slot):</para>
/// <list type="bullet">
/// <item><c>events:{L}:sequence</c> — string, the last sequence handed out (INCR).</item>
/// <item><c>events:{L}:entries</c> — sorted set, member = the event as JSON, score = its sequence; read
/// with ZRANGEBYSCORE from an offset. A sorted set rather than a list because a read "after sequence N"
/// is a score range, independent of how entries are laid out.</item>
/// <item><c>events:{L}:ids</c> — hash, event id → sequence: an event id is appended once.</item>
/// <item><c>events:{L}:offsets</c> — hash, consumer name → last processed sequence.</item>
/// <item><c>events:{L}:appended</c> — pub/sub channel announcing the last sequence of each append.</item>
/// </list>
/// <para>
/// One Lua script checks the id, takes the next sequence, adds the entry and publishes, atomically: a
/// reader can never see sequence N+1 before N exists, so "everything after my offset" never skips an
/// event. On Garnet this relies on Lua transaction mode, which <c>EmbeddedGarnetServer</c> enables.
/// </para>
/// </remarks>
/// <param name="redis">The application's Redis connection.</param>
public sealed class RedisEventLog(IConnectionMultiplexer redis)
{
    // KEYS: sequence, entries, ids. ARGV: channel, then (event id, entry JSON) pairs.
    // Returns per event its sequence, negated when the id was already in the log.
    private const string AppendScript = """
        local results = {}
        local last = 0
        for i = 2, #ARGV, 2 do
          local existing = redis.call('HGET', KEYS[3], ARGV[i])
          if existing then
            results[#results + 1] = -tonumber(existing)
          else
            local sequence = redis.call('INCR', KEYS[1])
            redis.call('ZADD', KEYS[2], sequence, ARGV[i + 1])
            redis.call('HSET', KEYS[3], ARGV[i], sequence)
            results[#results + 1] = sequence
            last = sequence
          end
        end
        if last > 0 then
          redis.call('PUBLISH', ARGV[1], last)
        end
        return results
        """;

    /// <summary>
    /// Appends events in order, each to its own log, skipping any whose id a log already holds; subscribers
    /// of a log are notified once per call.
    /// </summary>
    /// <param name="events">The events; consecutive events of one log are appended atomically together.</param>
    public async Task<IReadOnlyList<EventAppendResult>> AppendAsync(IEnumerable<DomainEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var database = redis.GetDatabase();
        var results = new List<EventAppendResult>();
        foreach (var run in ConsecutiveRunsByLog(events))
        {
            var keys = new EventLogKeys(run[0].Log);
            var arguments = new RedisValue[1 + (2 * run.Count)];
            arguments[0] = keys.Appended.ToString();
            for (var i = 0; i < run.Count; i++)
            {
                arguments[1 + (2 * i)] = run[i].Id.ToString();
                arguments[2 + (2 * i)] = LogEntry.Serialize(run[i]);
            }

            var sequences = (long[]?)await database
                .ScriptEvaluateAsync(AppendScript, [keys.Sequence, keys.Entries, keys.Ids], arguments)
                .ConfigureAwait(false) ?? [];
            for (var i = 0; i < run.Count; i++)
            {
                results.Add(new EventAppendResult(run[i].Id, Math.Abs(sequences[i]), sequences[i] > 0));
            }
        }

        return results;
    }

    /// <summary>Reads up to <paramref name="maxCount"/> events after <paramref name="afterSequence"/>, in order.</summary>
    /// <param name="log">The log.</param>
    /// <param name="afterSequence">The last sequence already seen; 0 reads from the start.</param>
    /// <param name="maxCount">The page size.</param>
    public async Task<IReadOnlyList<RecordedEvent>> ReadAsync(string log, long afterSequence, int maxCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        var keys = new EventLogKeys(log);
        var entries = await redis.GetDatabase()
            .SortedSetRangeByScoreWithScoresAsync(
                keys.Entries, afterSequence, double.PositiveInfinity, Exclude.Start, Order.Ascending, 0, maxCount)
            .ConfigureAwait(false);
        return [.. entries.Select(entry => new RecordedEvent((long)entry.Score, LogEntry.Deserialize(log, entry.Element!)))];
    }

    /// <summary>The sequence of the newest event, or 0 for an empty log.</summary>
    /// <param name="log">The log.</param>
    public async Task<long> GetLastSequenceAsync(string log)
    {
        var value = await redis.GetDatabase().StringGetAsync(new EventLogKeys(log).Sequence).ConfigureAwait(false);
        return value.IsNull ? 0 : (long)value;
    }

    /// <summary>The last sequence <paramref name="consumer"/> committed as processed, or 0.</summary>
    /// <param name="log">The log.</param>
    /// <param name="consumer">The consumer's name.</param>
    public async Task<long> GetOffsetAsync(string log, string consumer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        var value = await redis.GetDatabase().HashGetAsync(new EventLogKeys(log).Offsets, consumer).ConfigureAwait(false);
        return value.IsNull ? 0 : (long)value;
    }

    /// <summary>Records that <paramref name="consumer"/> processed everything up to <paramref name="sequence"/>; 0 replays from the start.</summary>
    /// <param name="log">The log.</param>
    /// <param name="consumer">The consumer's name.</param>
    /// <param name="sequence">The last processed sequence.</param>
    public Task SetOffsetAsync(string log, string consumer, long sequence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        return redis.GetDatabase().HashSetAsync(new EventLogKeys(log).Offsets, consumer, sequence);
    }

    /// <summary>
    /// Calls <paramref name="onAppended"/> with the last new sequence whenever events are appended to
    /// <paramref name="log"/>. Pub/sub is fire-and-forget: treat it as a wake-up, and poll as well.
    /// </summary>
    /// <param name="log">The log.</param>
    /// <param name="onAppended">Receives the newest sequence.</param>
    /// <returns>Unsubscribes when disposed.</returns>
    public async Task<IAsyncDisposable> SubscribeAsync(string log, Action<long> onAppended)
    {
        ArgumentNullException.ThrowIfNull(onAppended);
        var queue = await redis.GetSubscriber().SubscribeAsync(new EventLogKeys(log).Appended).ConfigureAwait(false);
        queue.OnMessage(message =>
        {
            if (long.TryParse(message.Message.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                onAppended(sequence);
            }
        });
        return new Subscription(queue);
    }

    private static IEnumerable<List<DomainEvent>> ConsecutiveRunsByLog(IEnumerable<DomainEvent> events)
    {
        List<DomainEvent> run = [];
        foreach (var domainEvent in events)
        {
            if (run.Count > 0 && run[0].Log != domainEvent.Log)
            {
                yield return run;
                run = [];
            }

            run.Add(domainEvent);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private sealed class Subscription(ChannelMessageQueue queue) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await queue.UnsubscribeAsync().ConfigureAwait(false);
    }
}
