namespace GameLibrary.Scoreboard.Boards;

/// <summary>The time window a board covers. Windows are UTC; weeks are ISO weeks; seasons are calendar quarters.</summary>
public enum LeaderboardWindow
{
    /// <summary>Every score ever.</summary>
    AllTime,

    /// <summary>The UTC day.</summary>
    Daily,

    /// <summary>The ISO week (Monday to Sunday, UTC).</summary>
    Weekly,

    /// <summary>The UTC calendar month.</summary>
    Monthly,

    /// <summary>The season: a UTC calendar quarter (<c>2026-Q4</c>).</summary>
    Season,
}
