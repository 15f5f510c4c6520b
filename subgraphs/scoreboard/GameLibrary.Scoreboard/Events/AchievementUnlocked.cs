namespace GameLibrary.Scoreboard.Events;

/// <summary>Published on the <c>scoreboard</c> log when a player unlocks an achievement (once per player and achievement).</summary>
/// <param name="UserId">The player.</param>
/// <param name="GameId">The game it was unlocked on.</param>
/// <param name="Achievement">The achievement's name, e.g. <c>SCORE_500</c>.</param>
/// <param name="UnlockedAt">When (UTC).</param>
public sealed record AchievementUnlocked(Guid UserId, long? GameId, string Achievement, DateTimeOffset UnlockedAt);
