namespace GameLibrary.Events;

/// <summary>What appending one event did.</summary>
/// <param name="EventId">The event.</param>
/// <param name="Sequence">Its position in the log.</param>
/// <param name="Appended"><see langword="false"/> when the log already held the event (a retried publish), which left it unchanged.</param>
public readonly record struct EventAppendResult(Guid EventId, long Sequence, bool Appended);
