namespace GameLibrary.Events;

/// <summary>An event as stored in its log.</summary>
/// <param name="Sequence">Its position in the log: 1, 2, 3… without gaps, in append order.</param>
/// <param name="Event">The event.</param>
public sealed record RecordedEvent(long Sequence, DomainEvent Event);
