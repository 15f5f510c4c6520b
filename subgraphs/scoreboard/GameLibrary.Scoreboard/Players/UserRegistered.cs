namespace GameLibrary.Scoreboard.Players;

/// <summary>The users subgraph's event announcing an account (read from the <c>users</c> log).</summary>
/// <param name="UserId">The user.</param>
/// <param name="Username">The username.</param>
/// <param name="Region">The region's name, e.g. <c>EU</c>.</param>
public sealed record UserRegistered(Guid UserId, string Username, string Region);
