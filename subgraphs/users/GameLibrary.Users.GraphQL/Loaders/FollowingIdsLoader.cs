using GameLibrary.DataLoader;
using GameLibrary.Users.Follows;

namespace GameLibrary.Users.GraphQL.Loaders;

/// <summary>Loads the ids each user follows, one query per batch (<c>User.followingIds</c> for other subgraphs' <c>@requires</c>).</summary>
/// <param name="queries">The follow reads.</param>
public sealed class FollowingIdsLoader(FollowQueries queries) : GroupedDataLoader<Guid, Guid>
{
    /// <inheritdoc />
    protected override async Task<ILookup<Guid, Guid>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        (await queries.GetFollowsOfAsync(keys, cancellationToken).ConfigureAwait(false))
            .OrderBy(follow => follow.FolloweeId)
            .ToLookup(follow => follow.FollowerId, follow => follow.FolloweeId);
}
