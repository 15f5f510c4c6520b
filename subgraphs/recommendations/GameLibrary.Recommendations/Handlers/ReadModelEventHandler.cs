using GameLibrary.Events;
using GameLibrary.Recommendations.Data;
using GameLibrary.Recommendations.Events;
using GameLibrary.Recommendations.Model;

namespace GameLibrary.Recommendations.Handlers;

/// <summary>
/// The shape every handler of this subgraph shares: inside the index's change gate, mark the event processed (a
/// redelivered one stops there), stage its effect on the read model, commit both in one <c>SaveChanges</c>, and only
/// then apply the effect to the in-memory index.
/// </summary>
/// <param name="db">The read model.</param>
/// <param name="index">The serving model.</param>
public abstract class ReadModelEventHandler(RecommendationsDbContext db, RecommendationIndex index) : IEventHandler
{
    /// <summary>The read model.</summary>
    protected RecommendationsDbContext Db { get; } = db;

    /// <inheritdoc />
    public async Task HandleAsync(RecordedEvent recorded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        DomainEvent domainEvent = recorded.Event;
        if (!Handles(domainEvent.Type))
        {
            return;
        }

        using IDisposable change = await index.BeginChangeAsync(cancellationToken).ConfigureAwait(false);
        if (!await ProcessedEvents.TryMarkAsync(Db, RecommendationsConsumer.Name, domainEvent.Id, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        Action<RecommendationState>? apply = await StageAsync(domainEvent, cancellationToken).ConfigureAwait(false);
        await Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (apply is not null)
        {
            index.Apply(apply);
        }
    }

    /// <summary>Whether events of <paramref name="type"/> concern this handler; others are skipped without a mark.</summary>
    /// <param name="type">The event type.</param>
    protected abstract bool Handles(string type);

    /// <summary>Stages the event's effect on <see cref="Db"/> (not saved) and returns its effect on the index, if any.</summary>
    /// <param name="domainEvent">The event, of a type this handler handles.</param>
    /// <param name="cancellationToken">Signals shutdown.</param>
    internal abstract Task<Action<RecommendationState>?> StageAsync(DomainEvent domainEvent, CancellationToken cancellationToken);
}
