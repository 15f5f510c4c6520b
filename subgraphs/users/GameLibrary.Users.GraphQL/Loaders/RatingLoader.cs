using GameLibrary.DataLoader;
using GameLibrary.Users.Library;

namespace GameLibrary.Users.GraphQL.Loaders;

/// <summary>Loads a player's ratings by (user, game), one query per batch (<c>LibraryEntry.rating</c>).</summary>
/// <param name="queries">The library reads.</param>
public sealed class RatingLoader(LibraryQueries queries) : BatchDataLoader<(Guid UserId, long GameId), GameRating>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<(Guid UserId, long GameId), GameRating>> FetchAsync(
        IReadOnlyList<(Guid UserId, long GameId)> keys, CancellationToken cancellationToken) =>
        (await queries.GetRatingsAsync(keys, cancellationToken).ConfigureAwait(false)).ToDictionary(rating => (rating.UserId, rating.GameId));
}
