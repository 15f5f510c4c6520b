namespace GameLibrary.Scoreboard.Stats;

/// <summary>How a player's best of the last 7 days compares with the 7 days before.</summary>
public enum Trend
{
    /// <summary>Higher.</summary>
    Up,

    /// <summary>The same, or too little data.</summary>
    Stable,

    /// <summary>Lower.</summary>
    Down,
}
