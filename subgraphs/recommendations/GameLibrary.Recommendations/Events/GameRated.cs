namespace GameLibrary.Recommendations.Events;

/// <summary>The users subgraph's <c>GameRated</c> event: a rating given or changed.</summary>
/// <param name="UserId">The rater.</param>
/// <param name="GameId">The game.</param>
/// <param name="Rating">The rating, 1 to 10.</param>
public sealed record GameRated(Guid UserId, long GameId, int Rating);
