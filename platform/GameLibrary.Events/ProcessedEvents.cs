using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Events;

/// <summary>
/// Idempotency for consumers. Delivery is at least once: an event is redelivered when a consumer stops
/// after handling it but before committing its offset, and on replay. A handler that writes to its
/// database calls <see cref="TryMarkAsync"/> first and saves the mark with its own changes, so an event's
/// effect is applied once. The context's model must include <see cref="EventsModelBuilderExtensions.AddProcessedEvents"/>.
/// </summary>
public static class ProcessedEvents
{
    /// <summary>
    /// Adds a mark that <paramref name="consumer"/> applied <paramref name="eventId"/>, to be saved with the
    /// handler's changes; returns <see langword="false"/> (adding nothing) when it was applied before.
    /// </summary>
    /// <param name="context">The consumer's context.</param>
    /// <param name="consumer">The consumer's name.</param>
    /// <param name="eventId">The event being handled.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    public static async Task<bool> TryMarkAsync(DbContext context, string consumer, Guid eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        var processed = context.Set<ProcessedEvent>();
        if (processed.Local.Any(p => p.Consumer == consumer && p.EventId == eventId)
            || await processed.AnyAsync(p => p.Consumer == consumer && p.EventId == eventId, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        processed.Add(new ProcessedEvent(consumer, eventId, DateTimeOffset.UtcNow));
        return true;
    }
}
