namespace GameLibrary.Scoreboard.Scores;

/// <summary>A score as a client submits it.</summary>
/// <param name="UserId">The signed-in player.</param>
/// <param name="GameId">The catalog's game id.</param>
/// <param name="Score">The points.</param>
/// <param name="IdempotencyKey">The client's key for this submission: 8–64 characters of <c>[A-Za-z0-9_-]</c>.</param>
/// <param name="PlayedAt">When it was played; now when absent.</param>
/// <param name="CompetitionId">The competition it is submitted to.</param>
/// <param name="ClientAddress">The client's network address, for the audit log.</param>
/// <param name="UserAgent">The client's user agent, for the audit log.</param>
public sealed record SubmitScoreCommand(
    Guid UserId, long GameId, long Score, string IdempotencyKey, DateTimeOffset? PlayedAt, Guid? CompetitionId,
    string ClientAddress, string UserAgent);
