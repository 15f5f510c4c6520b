namespace GameLibrary.Scoreboard.Players;

/// <summary>The users subgraph's event announcing a player's new region.</summary>
/// <param name="UserId">The user.</param>
/// <param name="Region">The region's name, e.g. <c>EU</c>.</param>
public sealed record UserRegionChanged(Guid UserId, string Region);
