using GameLibrary.Events;
using GameLibrary.Recommendations.Data;
using GameLibrary.Recommendations.Events;
using GameLibrary.Recommendations.Model;
using GameLibrary.Recommendations.ReadModel;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Recommendations.Handlers;

/// <summary>
/// Keeps players, ratings and libraries in step with the users log. Idempotent like <see cref="CatalogEventHandler"/>;
/// times come from the events, never the clock, so a replay stores exactly what live consumption stored. A deleted
/// user leaves everything held about them, and a tombstone.
/// </summary>
/// <param name="db">The read model.</param>
/// <param name="index">The serving model.</param>
public sealed class UsersEventHandler(RecommendationsDbContext db, RecommendationIndex index) : ReadModelEventHandler(db, index)
{
    /// <inheritdoc />
    protected override bool Handles(string type) =>
        type is nameof(UserRegistered) or nameof(GameRated) or nameof(LibraryChanged) or nameof(UserDeleted);

    /// <inheritdoc />
    internal override async Task<Action<RecommendationState>?> StageAsync(DomainEvent domainEvent, CancellationToken cancellationToken) =>
        domainEvent.Type switch
        {
            nameof(UserRegistered) => await RegisterAsync(domainEvent.GetPayload<UserRegistered>(), cancellationToken).ConfigureAwait(false),
            nameof(GameRated) => await RateAsync(domainEvent.GetPayload<GameRated>(), domainEvent.OccurredAt, cancellationToken).ConfigureAwait(false),
            nameof(LibraryChanged) => await ChangeLibraryAsync(domainEvent.GetPayload<LibraryChanged>(), domainEvent.OccurredAt, cancellationToken).ConfigureAwait(false),
            _ => await DeleteAsync(domainEvent.GetPayload<UserDeleted>().UserId, cancellationToken).ConfigureAwait(false),
        };

    private async Task<Action<RecommendationState>?> RegisterAsync(UserRegistered registered, CancellationToken cancellationToken)
    {
        if (await Db.IsDeletedAsync(registered.UserId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        if (await Db.Players.FindAsync([registered.UserId], cancellationToken).ConfigureAwait(false) is { } player)
        {
            player.Region = registered.Region;
        }
        else
        {
            Db.Players.Add(new PlayerRow { UserId = registered.UserId, Region = registered.Region });
        }

        return state => state.UpsertPlayer(registered.UserId, registered.Region);
    }

    private async Task<Action<RecommendationState>?> RateAsync(GameRated rated, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (rated.Rating is < 1 or > 10 || await Db.AnyDeletedAsync(rated.UserId, rated.GameId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        if (await Db.Ratings.FindAsync([rated.UserId, rated.GameId], cancellationToken).ConfigureAwait(false) is { } rating)
        {
            rating.Rating = rated.Rating;
            rating.RatedAt = at;
        }
        else
        {
            Db.Ratings.Add(new RatingRow { UserId = rated.UserId, GameId = rated.GameId, Rating = rated.Rating, RatedAt = at });
        }

        return state => state.SetRating(rated.UserId, rated.GameId, rated.Rating, at);
    }

    private async Task<Action<RecommendationState>?> ChangeLibraryAsync(LibraryChanged changed, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await Db.AnyDeletedAsync(changed.UserId, changed.GameId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        LibraryRow? entry = await Db.Library.FindAsync([changed.UserId, changed.GameId], cancellationToken).ConfigureAwait(false);
        if (changed.Status is null)
        {
            if (entry is not null)
            {
                Db.Library.Remove(entry);
            }

            return state => state.SetLibrary(changed.UserId, changed.GameId, null, at);
        }

        if (entry is null)
        {
            Db.Library.Add(entry = new LibraryRow { UserId = changed.UserId, GameId = changed.GameId, AddedAt = at });
        }

        entry.Status = changed.Status;
        DateTimeOffset addedAt = entry.AddedAt;
        return state => state.SetLibrary(changed.UserId, changed.GameId, changed.Status, addedAt);
    }

    private async Task<Action<RecommendationState>> DeleteAsync(Guid userId, CancellationToken cancellationToken)
    {
        await Db.BuryAsync(Tombstone.User, TombstoneQueries.Key(userId), cancellationToken).ConfigureAwait(false);
        if (await Db.Players.FindAsync([userId], cancellationToken).ConfigureAwait(false) is { } player)
        {
            Db.Players.Remove(player);
        }

        Db.Ratings.RemoveRange(await Db.Ratings.Where(r => r.UserId == userId).ToListAsync(cancellationToken).ConfigureAwait(false));
        Db.Library.RemoveRange(await Db.Library.Where(e => e.UserId == userId).ToListAsync(cancellationToken).ConfigureAwait(false));
        Db.Plays.RemoveRange(await Db.Plays.Where(p => p.UserId == userId).ToListAsync(cancellationToken).ConfigureAwait(false));
        return state => state.RemovePlayer(userId);
    }
}
