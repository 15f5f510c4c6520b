namespace GameLibrary.Events;

/// <summary>
/// Handles the events of one log, in order, for an <see cref="EventConsumer"/>. Delivery is at least
/// once, so handling must be idempotent (see <see cref="ProcessedEvents"/>); an exception stops the
/// consumer at that event and it is delivered again after a pause.
/// </summary>
public interface IEventHandler
{
    /// <summary>Applies one event.</summary>
    /// <param name="recorded">The event and its position in the log.</param>
    /// <param name="cancellationToken">Signals shutdown.</param>
    Task HandleAsync(RecordedEvent recorded, CancellationToken cancellationToken);
}
