namespace GameLibrary.Events;

/// <summary>
/// A domain event waiting in the producer's database to be published; written in the same
/// transaction as the change it describes, deleted once it is in the event log.
/// </summary>
public sealed class OutboxMessage
{
    // EF Core binds this constructor by parameter names.
    private OutboxMessage(Guid eventId, string log, string type, DateTimeOffset occurredAt, string payload)
    {
        EventId = eventId;
        Log = log;
        Type = type;
        OccurredAt = occurredAt;
        Payload = payload;
    }

    /// <summary>Database-generated, increasing: the publishing order.</summary>
    public long Id { get; private set; }

    /// <summary>The event's id.</summary>
    public Guid EventId { get; private set; }

    /// <summary>The event log it goes to.</summary>
    public string Log { get; private set; }

    /// <summary>The event type.</summary>
    public string Type { get; private set; }

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The payload JSON.</summary>
    public string Payload { get; private set; }

    /// <summary>The row for <paramref name="domainEvent"/>.</summary>
    /// <param name="domainEvent">The event.</param>
    internal static OutboxMessage From(DomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentException.ThrowIfNullOrWhiteSpace(domainEvent.Type, nameof(domainEvent));
        ArgumentException.ThrowIfNullOrWhiteSpace(domainEvent.Payload, nameof(domainEvent));
        return new OutboxMessage(
            domainEvent.Id,
            EventLogName.Validate(domainEvent.Log, nameof(domainEvent)),
            domainEvent.Type,
            // PostgreSQL's timestamptz takes UTC only.
            domainEvent.OccurredAt.ToUniversalTime(),
            domainEvent.Payload);
    }

    /// <summary>The event this row carries.</summary>
    internal DomainEvent ToDomainEvent() => new(EventId, Log, Type, OccurredAt, Payload);
}
