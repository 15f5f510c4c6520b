namespace GameLibrary.Events;

/// <summary>Marks an event as applied by a consumer, stored in the consumer's own database; see <see cref="ProcessedEvents"/>.</summary>
public sealed class ProcessedEvent
{
    // EF Core binds this constructor by parameter names.
    internal ProcessedEvent(string consumer, Guid eventId, DateTimeOffset processedAt)
    {
        Consumer = consumer;
        EventId = eventId;
        ProcessedAt = processedAt;
    }

    /// <summary>The consumer's name.</summary>
    public string Consumer { get; private set; }

    /// <summary>The event applied.</summary>
    public Guid EventId { get; private set; }

    /// <summary>When it was applied (UTC).</summary>
    public DateTimeOffset ProcessedAt { get; private set; }
}
