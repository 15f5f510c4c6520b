namespace GameLibrary.Scoreboard.AntiCheat;

/// <summary>The anti-cheat rules' settings (<c>Scoreboard:AntiCheat</c>). A rule that fires flags the score.</summary>
public sealed class AntiCheatOptions
{
    /// <summary>The highest plausible score of any game without its own entry in <see cref="MaxScoreByGame"/>.</summary>
    public long DefaultMaxScore { get; set; } = 100_000_000;

    /// <summary>Per game id (as text): the highest plausible score.</summary>
    public IDictionary<string, long> MaxScoreByGame { get; } = new Dictionary<string, long>(StringComparer.Ordinal);

    /// <summary>A score above this many times the player's all-time best on the game is flagged. 0 turns the rule off.</summary>
    public double MaxJumpFactor { get; set; } = 10;

    /// <summary>The jump rule applies only once the player's best is at least this (small bests jump legitimately).</summary>
    public long JumpRuleMinimumBest { get; set; } = 100;

    /// <summary>More than this many submissions by a player on a game within <see cref="BurstWindow"/> flags the next. 0 turns the rule off.</summary>
    public int MaxBurst { get; set; } = 10;

    /// <summary>The window of the burst rule.</summary>
    public TimeSpan BurstWindow { get; set; } = TimeSpan.FromSeconds(10);
}
