namespace GameLibrary.Scoreboard.Achievements;

/// <summary>An achievement a player unlocked; unique per (player, name).</summary>
public sealed class Achievement
{
    /// <summary>The player.</summary>
    public Guid UserId { get; set; }

    /// <summary>The achievement's name, e.g. <c>SCORE_500</c> (see <see cref="AchievementNames"/>).</summary>
    public string Name { get; set; } = "";

    /// <summary>The game it was unlocked on.</summary>
    public long? GameId { get; set; }

    /// <summary>When it was unlocked, in microseconds since the epoch.</summary>
    public long UnlockedAtMicros { get; set; }
}
