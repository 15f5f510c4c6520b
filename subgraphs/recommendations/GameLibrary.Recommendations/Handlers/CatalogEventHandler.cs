using GameLibrary.Events;
using GameLibrary.Recommendations.Data;
using GameLibrary.Recommendations.Events;
using GameLibrary.Recommendations.Model;
using GameLibrary.Recommendations.ReadModel;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Recommendations.Handlers;

/// <summary>
/// Keeps the games and their features in step with the catalog's log. Idempotent: each event is marked processed in
/// the same transaction as its effect, and the in-memory index is changed only after that commit. A deleted game
/// leaves every rating, library entry and play that named it, and a tombstone that turns later events about it into no-ops.
/// </summary>
/// <param name="db">The read model.</param>
/// <param name="index">The serving model.</param>
public sealed class CatalogEventHandler(RecommendationsDbContext db, RecommendationIndex index) : ReadModelEventHandler(db, index)
{
    /// <inheritdoc />
    protected override bool Handles(string type) => type is nameof(GameCreated) or nameof(GameUpdated) or nameof(GameDeleted);

    /// <inheritdoc />
    internal override async Task<Action<RecommendationState>?> StageAsync(DomainEvent domainEvent, CancellationToken cancellationToken) =>
        domainEvent.Type switch
        {
            nameof(GameCreated) => await UpsertAsync(AsUpdate(domainEvent.GetPayload<GameCreated>()), cancellationToken).ConfigureAwait(false),
            nameof(GameUpdated) => await UpsertAsync(domainEvent.GetPayload<GameUpdated>(), cancellationToken).ConfigureAwait(false),
            _ => await DeleteAsync(domainEvent.GetPayload<GameDeleted>().GameId, cancellationToken).ConfigureAwait(false),
        };

    // A creation states the whole game, as an update does.
    private static GameUpdated AsUpdate(GameCreated created) => new(
        created.GameId, created.Slug, created.Title, created.GenreIds, created.PlatformIds, created.DeveloperIds, created.PublisherIds, created.ReleaseYear);

    private async Task<Action<RecommendationState>?> UpsertAsync(GameUpdated game, CancellationToken cancellationToken)
    {
        if (await Db.IsDeletedAsync(game.GameId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        GameRow? row = await Db.Games.FindAsync([game.GameId], cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            row = new GameRow { GameId = game.GameId };
            Db.Games.Add(row);
        }

        row.Slug = game.Slug;
        row.Title = game.Title;

        // Events from before the catalog published features carry none: keep what an earlier event said.
        row.GenreIds = game.GenreIds is null ? row.GenreIds : [.. game.GenreIds.Distinct().Order()];
        row.PlatformIds = game.PlatformIds is null ? row.PlatformIds : [.. game.PlatformIds.Distinct().Order()];
        row.DeveloperIds = game.DeveloperIds is null ? row.DeveloperIds : [.. game.DeveloperIds.Distinct().Order()];
        row.PublisherIds = game.PublisherIds is null ? row.PublisherIds : [.. game.PublisherIds.Distinct().Order()];
        row.ReleaseYear = game.ReleaseYear ?? row.ReleaseYear;
        GameRow snapshot = new()
        {
            GameId = row.GameId,
            Slug = row.Slug,
            Title = row.Title,
            GenreIds = row.GenreIds,
            PlatformIds = row.PlatformIds,
            DeveloperIds = row.DeveloperIds,
            PublisherIds = row.PublisherIds,
            ReleaseYear = row.ReleaseYear,
        };
        return state => state.UpsertGame(snapshot);
    }

    private async Task<Action<RecommendationState>> DeleteAsync(long gameId, CancellationToken cancellationToken)
    {
        await Db.BuryAsync(Tombstone.Game, TombstoneQueries.Key(gameId), cancellationToken).ConfigureAwait(false);
        if (await Db.Games.FindAsync([gameId], cancellationToken).ConfigureAwait(false) is { } game)
        {
            Db.Games.Remove(game);
        }

        Db.Ratings.RemoveRange(await Db.Ratings.Where(r => r.GameId == gameId).ToListAsync(cancellationToken).ConfigureAwait(false));
        Db.Library.RemoveRange(await Db.Library.Where(e => e.GameId == gameId).ToListAsync(cancellationToken).ConfigureAwait(false));
        Db.Plays.RemoveRange(await Db.Plays.Where(p => p.GameId == gameId).ToListAsync(cancellationToken).ConfigureAwait(false));
        return state => state.RemoveGame(gameId);
    }
}
