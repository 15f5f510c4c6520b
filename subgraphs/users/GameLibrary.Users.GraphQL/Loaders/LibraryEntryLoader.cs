using GameLibrary.DataLoader;
using GameLibrary.Users.Library;

namespace GameLibrary.Users.GraphQL.Loaders;

/// <summary>Loads library entries by (user, game), one query per batch (<c>Game.viewerEntry</c>).</summary>
/// <param name="queries">The library reads.</param>
public sealed class LibraryEntryLoader(LibraryQueries queries) : BatchDataLoader<(Guid UserId, long GameId), LibraryEntry>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<(Guid UserId, long GameId), LibraryEntry>> FetchAsync(
        IReadOnlyList<(Guid UserId, long GameId)> keys, CancellationToken cancellationToken) =>
        (await queries.GetEntriesAsync(keys, cancellationToken).ConfigureAwait(false)).ToDictionary(entry => (entry.UserId, entry.GameId));
}
