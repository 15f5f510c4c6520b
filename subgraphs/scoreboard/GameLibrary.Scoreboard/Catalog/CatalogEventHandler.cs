using GameLibrary.Events;
using GameLibrary.Scoreboard.Data;
using GameLibrary.Scoreboard.Events;

namespace GameLibrary.Scoreboard.Catalog;

/// <summary>
/// Keeps <see cref="KnownGame"/> in step with the catalog's events (as the users subgraph does). Idempotent: each event
/// is marked processed in the same save as its effect. A deleted game takes no new scores; its boards stay readable.
/// </summary>
/// <param name="db">The scoreboard database.</param>
public sealed class CatalogEventHandler(ScoreboardDbContext db) : IEventHandler
{
    /// <inheritdoc />
    public async Task HandleAsync(RecordedEvent recorded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        DomainEvent domainEvent = recorded.Event;
        if (domainEvent.Type is not (nameof(GameCreated) or nameof(GameUpdated) or nameof(GameDeleted))
            || !await ProcessedEvents.TryMarkAsync(db, ScoreboardEventLog.ConsumerName, domainEvent.Id, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        switch (domainEvent.Type)
        {
            case nameof(GameCreated):
                GameCreated created = domainEvent.GetPayload<GameCreated>();
                await UpsertAsync(created.GameId, created.Title, cancellationToken).ConfigureAwait(false);
                break;
            case nameof(GameUpdated):
                GameUpdated updated = domainEvent.GetPayload<GameUpdated>();
                await UpsertAsync(updated.GameId, updated.Title, cancellationToken).ConfigureAwait(false);
                break;
            default:
                if (await db.KnownGames.FindAsync([domainEvent.GetPayload<GameDeleted>().GameId], cancellationToken).ConfigureAwait(false) is { } game)
                {
                    db.KnownGames.Remove(game);
                }

                break;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task UpsertAsync(long gameId, string title, CancellationToken cancellationToken)
    {
        if (await db.KnownGames.FindAsync([gameId], cancellationToken).ConfigureAwait(false) is { } game)
        {
            game.Title = title;
        }
        else
        {
            db.KnownGames.Add(new KnownGame { GameId = gameId, Title = title });
        }
    }
}
