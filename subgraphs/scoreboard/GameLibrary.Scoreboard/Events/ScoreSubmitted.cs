namespace GameLibrary.Scoreboard.Events;

/// <summary>
/// Published on the <c>scoreboard</c> log when a score becomes accepted: at submission, or when an admin accepts a
/// flagged one. A contract other subgraphs consume: keep the shape.
/// </summary>
/// <param name="ScoreId">The score.</param>
/// <param name="UserId">The player.</param>
/// <param name="GameId">The catalog's game id.</param>
/// <param name="Score">The points.</param>
/// <param name="PlayedAt">When it was played (UTC).</param>
/// <param name="Region">The player's region when known, e.g. <c>EU</c>.</param>
public sealed record ScoreSubmitted(Guid ScoreId, Guid UserId, long GameId, long Score, DateTimeOffset PlayedAt, string? Region);
