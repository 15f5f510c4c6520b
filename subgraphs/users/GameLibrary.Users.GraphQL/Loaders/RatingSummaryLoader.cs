using GameLibrary.DataLoader;
using GameLibrary.Users.Library;

namespace GameLibrary.Users.GraphQL.Loaders;

/// <summary>Loads the rating count and average of games, one grouped query per batch of games.</summary>
/// <param name="queries">The library reads.</param>
public sealed class RatingSummaryLoader(LibraryQueries queries) : BatchDataLoader<long, RatingSummary>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<long, RatingSummary>> FetchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken) =>
        (await queries.GetRatingSummariesAsync(keys, cancellationToken).ConfigureAwait(false)).ToDictionary(summary => summary.GameId);
}
