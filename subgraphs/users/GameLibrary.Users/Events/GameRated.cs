namespace GameLibrary.Users.Events;

/// <summary>Published when a player rates a game (or changes the rating).</summary>
/// <param name="UserId">The rater.</param>
/// <param name="GameId">The catalog's game id.</param>
/// <param name="Rating">The rating, 1 to 10.</param>
public sealed record GameRated(Guid UserId, long GameId, int Rating);
