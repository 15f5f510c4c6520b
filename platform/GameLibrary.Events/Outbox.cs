using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Events;

/// <summary>The producer side of the transactional outbox.</summary>
public static class Outbox
{
    /// <summary>
    /// Adds <paramref name="domainEvent"/> to <paramref name="context"/> next to the change it describes:
    /// the event is stored by the same <c>SaveChanges</c> (and transaction), so it exists exactly when the
    /// change was committed. The context's model must include <see cref="EventsModelBuilderExtensions.AddOutbox"/>.
    /// </summary>
    /// <param name="context">The context holding the domain change.</param>
    /// <param name="domainEvent">The event.</param>
    public static void Add(DbContext context, DomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Set<OutboxMessage>().Add(OutboxMessage.From(domainEvent));
    }
}
