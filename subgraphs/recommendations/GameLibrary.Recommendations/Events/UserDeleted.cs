namespace GameLibrary.Recommendations.Events;

/// <summary>The users subgraph's <c>UserDeleted</c> event: everything held about the user is erased.</summary>
/// <param name="UserId">The deleted user's id.</param>
public sealed record UserDeleted(Guid UserId);
