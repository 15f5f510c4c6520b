namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>
/// A users-subgraph user as this subgraph sees it: its key and, when the gateway sends it for
/// <c>friendsLeaderboard</c>'s <c>@requires</c>, the ids the user follows.
/// </summary>
public sealed class UserReference
{
    /// <summary>The user id.</summary>
    public Guid Id { get; set; }

    /// <summary>The ids of the users this user follows (external: the users subgraph's).</summary>
    public List<string>? FollowingIds { get; set; }
}
