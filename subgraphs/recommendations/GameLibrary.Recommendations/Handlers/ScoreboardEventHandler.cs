using GameLibrary.Events;
using GameLibrary.Recommendations.Data;
using GameLibrary.Recommendations.Events;
using GameLibrary.Recommendations.Model;
using GameLibrary.Recommendations.ReadModel;

namespace GameLibrary.Recommendations.Handlers;

/// <summary>
/// Records accepted scores as plays: the score activity behind popularity, trending and the re-ranking of personal
/// picks. Idempotent twice over: by event id, and by score id (a score republished under a new event id counts once).
/// </summary>
/// <param name="db">The read model.</param>
/// <param name="index">The serving model.</param>
public sealed class ScoreboardEventHandler(RecommendationsDbContext db, RecommendationIndex index) : IEventHandler
{
    /// <inheritdoc />
    public async Task HandleAsync(RecordedEvent recorded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        DomainEvent domainEvent = recorded.Event;
        if (domainEvent.Type != nameof(ScoreSubmitted))
        {
            return;
        }

        using IDisposable change = await index.BeginChangeAsync(cancellationToken).ConfigureAwait(false);
        if (!await ProcessedEvents.TryMarkAsync(db, RecommendationsConsumer.Name, domainEvent.Id, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        ScoreSubmitted score = domainEvent.GetPayload<ScoreSubmitted>();
        bool record = !await db.AnyDeletedAsync(score.UserId, score.GameId, cancellationToken).ConfigureAwait(false)
            && await db.Plays.FindAsync([score.ScoreId], cancellationToken).ConfigureAwait(false) is null;
        if (record)
        {
            db.Plays.Add(new PlayRow { ScoreId = score.ScoreId, UserId = score.UserId, GameId = score.GameId, PlayedAt = score.PlayedAt });
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (record)
        {
            index.Apply(state => state.AddPlay(score.UserId, score.GameId, score.PlayedAt));
        }
    }
}
