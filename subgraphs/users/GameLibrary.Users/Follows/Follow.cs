namespace GameLibrary.Users.Follows;

/// <summary>One player following another.</summary>
public sealed class Follow
{
    /// <summary>The follower's user id.</summary>
    public Guid FollowerId { get; set; }

    /// <summary>The followed user's id.</summary>
    public Guid FolloweeId { get; set; }

    /// <summary>When the follow started (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
