namespace GameLibrary.Scoreboard.Players;

/// <summary>The users subgraph's event announcing an erased account: its scores are erased too.</summary>
/// <param name="UserId">The user.</param>
public sealed record UserDeleted(Guid UserId);
