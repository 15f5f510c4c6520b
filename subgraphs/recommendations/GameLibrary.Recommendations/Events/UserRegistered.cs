namespace GameLibrary.Recommendations.Events;

/// <summary>The users subgraph's <c>UserRegistered</c> event.</summary>
/// <param name="UserId">The new user's id.</param>
/// <param name="Username">The username.</param>
/// <param name="Region">The region's name, e.g. <c>EU</c>.</param>
public sealed record UserRegistered(Guid UserId, string Username, string Region);
