using System.Text.Json;

namespace GameLibrary.Events;

/// <summary>Something that happened in a subgraph's domain, published to the other subgraphs.</summary>
/// <param name="Id">Unique identity; the event log stores an id once, which makes publishing retries safe.</param>
/// <param name="Log">The event log it belongs to, e.g. <c>catalog</c>.</param>
/// <param name="Type">What happened, e.g. <c>GameCreated</c>.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
/// <param name="Payload">The details, as JSON.</param>
public sealed record DomainEvent(Guid Id, string Log, string Type, DateTimeOffset OccurredAt, string Payload)
{
    /// <summary>Creates an event of type <c>typeof(TPayload).Name</c> with a new time-ordered id.</summary>
    /// <typeparam name="TPayload">The payload type; its name is the event type, e.g. <c>GameCreated</c>.</typeparam>
    /// <param name="log">The event log, e.g. <c>catalog</c>.</param>
    /// <param name="payload">The details, serialized with System.Text.Json (camelCase).</param>
    /// <param name="timeProvider">The clock; the system clock when omitted.</param>
    public static DomainEvent Create<TPayload>(string log, TPayload payload, TimeProvider? timeProvider = null) =>
        Create(log, typeof(TPayload).Name, payload, timeProvider);

    /// <summary>Creates an event with a new time-ordered id, occurring now (to the microsecond).</summary>
    /// <typeparam name="TPayload">The payload type.</typeparam>
    /// <param name="log">The event log, e.g. <c>catalog</c>.</param>
    /// <param name="type">What happened, e.g. <c>GameCreated</c>.</param>
    /// <param name="payload">The details, serialized with System.Text.Json (camelCase).</param>
    /// <param name="timeProvider">The clock; the system clock when omitted.</param>
    public static DomainEvent Create<TPayload>(string log, string type, TPayload payload, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        var now = (timeProvider ?? TimeProvider.System).GetUtcNow();
        // Microseconds, as PostgreSQL stores them, so the event reads back from the outbox unchanged.
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
        return new DomainEvent(
            Guid.CreateVersion7(now),
            EventLogName.Validate(log, nameof(log)),
            type,
            now,
            JsonSerializer.Serialize(payload, EventJson.Options));
    }

    /// <summary>Reads the payload as <typeparamref name="TPayload"/>.</summary>
    /// <typeparam name="TPayload">The type the payload was created from, or a compatible one.</typeparam>
    public TPayload GetPayload<TPayload>() =>
        JsonSerializer.Deserialize<TPayload>(Payload, EventJson.Options)
        ?? throw new JsonException($"The payload of event {Id} is null.");
}
