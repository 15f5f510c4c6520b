namespace GameLibrary.Recommendations.Events;

/// <summary>The scoreboard's <c>ScoreSubmitted</c> event (log <c>scoreboard</c>), published when a score is accepted.</summary>
/// <param name="ScoreId">The score's id.</param>
/// <param name="UserId">The player.</param>
/// <param name="GameId">The game played.</param>
/// <param name="Score">The points.</param>
/// <param name="PlayedAt">When the game was played.</param>
/// <param name="Region">The player's region, when known.</param>
public sealed record ScoreSubmitted(Guid ScoreId, Guid UserId, long GameId, long Score, DateTimeOffset PlayedAt, string? Region);
