using StackExchange.Redis;

namespace GameLibrary.Events;

/// <summary>
/// The Redis keys of one event log. The log name is a hash tag (<c>{catalog}</c>) so that all
/// keys of a log share a cluster slot, as a Lua script touching several keys requires.
/// </summary>
internal readonly struct EventLogKeys
{
    public EventLogKeys(string log)
    {
        var prefix = $"events:{{{EventLogName.Validate(log, nameof(log))}}}:";
        Sequence = prefix + "sequence";
        Entries = prefix + "entries";
        Ids = prefix + "ids";
        Offsets = prefix + "offsets";
        Appended = RedisChannel.Literal(prefix + "appended");
    }

    /// <summary>String: the last sequence handed out (INCR).</summary>
    public RedisKey Sequence { get; }

    /// <summary>Sorted set: member = the event as JSON, score = its sequence.</summary>
    public RedisKey Entries { get; }

    /// <summary>Hash: event id → sequence, to append each event once.</summary>
    public RedisKey Ids { get; }

    /// <summary>Hash: consumer name → last sequence it processed.</summary>
    public RedisKey Offsets { get; }

    /// <summary>Pub/sub channel: the last sequence of each append.</summary>
    public RedisChannel Appended { get; }
}
