namespace GameLibrary.Scoreboard.Competitions;

/// <summary>Where a competition stands in time.</summary>
public enum CompetitionState
{
    /// <summary>Not started.</summary>
    Upcoming,

    /// <summary>Accepting scores.</summary>
    Open,

    /// <summary>Over; its board is final.</summary>
    Ended,
}
