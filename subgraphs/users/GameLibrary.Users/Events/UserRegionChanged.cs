namespace GameLibrary.Users.Events;

/// <summary>Published when a player changes region (the scoreboard moves them between regional boards).</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="Region">The new region's name, e.g. <c>EU</c>.</param>
public sealed record UserRegionChanged(Guid UserId, string Region);
