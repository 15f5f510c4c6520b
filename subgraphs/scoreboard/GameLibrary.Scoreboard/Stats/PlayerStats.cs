namespace GameLibrary.Scoreboard.Stats;

/// <summary>A player's statistics on one game.</summary>
/// <param name="UserId">The player.</param>
/// <param name="GameId">The game.</param>
/// <param name="TotalSubmissions">Stored submissions, whatever their status.</param>
/// <param name="Best">The all-time best; <see langword="null"/> without an accepted score.</param>
/// <param name="Percentile">The all-time percentile (100 for first place); <see langword="null"/> when not on the board.</param>
/// <param name="DailyStreak">Consecutive UTC days with an accepted score, ending today (or yesterday).</param>
/// <param name="ScoreVelocity">Points a day: the best of the last 7 days minus the best of the 7 before, over 7.</param>
/// <param name="WeeklyTrend">The sign of that difference.</param>
/// <param name="AchievementCount">The player's unlocked achievements.</param>
/// <param name="NextMilestone">The next score threshold above the best; <see langword="null"/> past the last.</param>
public sealed record PlayerStats(
    Guid UserId, long GameId, int TotalSubmissions, long? Best, double? Percentile, int DailyStreak, double ScoreVelocity,
    Trend WeeklyTrend, int AchievementCount, long? NextMilestone);
