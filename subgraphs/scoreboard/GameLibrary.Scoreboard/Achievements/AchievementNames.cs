using System.Globalization;

namespace GameLibrary.Scoreboard.Achievements;

/// <summary>The achievements and their thresholds.</summary>
public static class AchievementNames
{
    /// <summary>The score thresholds, ascending.</summary>
    public static IReadOnlyList<long> ScoreThresholds { get; } = [100, 500, 5_000, 50_000];

    /// <summary>The daily streak lengths, ascending.</summary>
    public static IReadOnlyList<int> StreakLengths { get; } = [3, 7, 30];

    /// <summary>Reaching the top 10 of a game's all-time board.</summary>
    public const string Top10 = "TOP_10";

    /// <summary>Reaching first place of a game's all-time board.</summary>
    public const string FirstPlace = "FIRST_PLACE";

    /// <summary>The name of a score threshold, e.g. <c>SCORE_500</c>.</summary>
    /// <param name="threshold">The threshold.</param>
    public static string Score(long threshold) => string.Create(CultureInfo.InvariantCulture, $"SCORE_{threshold}");

    /// <summary>The name of a streak, e.g. <c>STREAK_7_DAYS</c>.</summary>
    /// <param name="days">The streak's length.</param>
    public static string Streak(int days) => string.Create(CultureInfo.InvariantCulture, $"STREAK_{days}_DAYS");

    /// <summary>A sentence describing <paramref name="name"/>.</summary>
    /// <param name="name">An achievement name.</param>
    public static string Describe(string name) => name switch
    {
        Top10 => "Reached the top 10 of a game's all-time board.",
        FirstPlace => "Reached first place of a game's all-time board.",
        _ when name.StartsWith("SCORE_", StringComparison.Ordinal) => $"Scored at least {name[6..]} points in a game.",
        _ when name.StartsWith("STREAK_", StringComparison.Ordinal) => $"Played on {name[7..name.IndexOf("_DAYS", StringComparison.Ordinal)]} consecutive days.",
        _ => name,
    };
}
