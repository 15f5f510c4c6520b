using GameLibrary.Events;
using GameLibrary.Users.Data;
using GameLibrary.Users.Events;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Users.Catalog;

/// <summary>
/// Keeps <see cref="KnownGame"/> in step with the catalog's events. Idempotent: each event is marked processed in
/// the same transaction as its effect. A deleted game also leaves the libraries and ratings that named it.
/// </summary>
/// <param name="db">The users database.</param>
public sealed class CatalogEventHandler(UsersDbContext db) : IEventHandler
{
    /// <inheritdoc />
    public async Task HandleAsync(RecordedEvent recorded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        DomainEvent domainEvent = recorded.Event;
        if (domainEvent.Type is not (nameof(GameCreated) or nameof(GameUpdated) or nameof(GameDeleted))
            || !await ProcessedEvents.TryMarkAsync(db, UsersEventLog.ConsumerName, domainEvent.Id, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        switch (domainEvent.Type)
        {
            case nameof(GameCreated):
                GameCreated created = domainEvent.GetPayload<GameCreated>();
                await UpsertAsync(created.GameId, created.Slug, created.Title, cancellationToken).ConfigureAwait(false);
                break;
            case nameof(GameUpdated):
                GameUpdated updated = domainEvent.GetPayload<GameUpdated>();
                await UpsertAsync(updated.GameId, updated.Slug, updated.Title, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await ForgetAsync(domainEvent.GetPayload<GameDeleted>().GameId, cancellationToken).ConfigureAwait(false);
                break;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task UpsertAsync(long gameId, string slug, string title, CancellationToken cancellationToken)
    {
        KnownGame? game = await db.KnownGames.FindAsync([gameId], cancellationToken).ConfigureAwait(false);
        if (game is null)
        {
            db.KnownGames.Add(new KnownGame { GameId = gameId, Slug = slug, Title = title });
        }
        else
        {
            game.Slug = slug;
            game.Title = title;
        }
    }

    private async Task ForgetAsync(long gameId, CancellationToken cancellationToken)
    {
        if (await db.KnownGames.FindAsync([gameId], cancellationToken).ConfigureAwait(false) is { } game)
        {
            db.KnownGames.Remove(game);
        }

        db.LibraryEntries.RemoveRange(await db.LibraryEntries.Where(e => e.GameId == gameId).ToListAsync(cancellationToken).ConfigureAwait(false));
        db.Ratings.RemoveRange(await db.Ratings.Where(r => r.GameId == gameId).ToListAsync(cancellationToken).ConfigureAwait(false));
    }
}
