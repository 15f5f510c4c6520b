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
public sealed class ScoreboardEventHandler(RecommendationsDbContext db, RecommendationIndex index) : ReadModelEventHandler(db, index)
{
    /// <inheritdoc />
    protected override bool Handles(string type) => type == nameof(ScoreSubmitted);

    /// <inheritdoc />
    internal override async Task<Action<RecommendationState>?> StageAsync(DomainEvent domainEvent, CancellationToken cancellationToken)
    {
        ScoreSubmitted score = domainEvent.GetPayload<ScoreSubmitted>();
        if (await Db.AnyDeletedAsync(score.UserId, score.GameId, cancellationToken).ConfigureAwait(false)
            || await Db.Plays.FindAsync([score.ScoreId], cancellationToken).ConfigureAwait(false) is not null)
        {
            return null;
        }

        Db.Plays.Add(new PlayRow { ScoreId = score.ScoreId, UserId = score.UserId, GameId = score.GameId, PlayedAt = score.PlayedAt });
        return state => state.AddPlay(score.UserId, score.GameId, score.PlayedAt);
    }
}
