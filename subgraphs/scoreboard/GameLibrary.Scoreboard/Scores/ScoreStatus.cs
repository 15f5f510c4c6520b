namespace GameLibrary.Scoreboard.Scores;

/// <summary>Where a stored score stands.</summary>
public enum ScoreStatus
{
    /// <summary>On the boards.</summary>
    Accepted,

    /// <summary>Held back by an anti-cheat rule until an admin reviews it; on no board.</summary>
    Flagged,

    /// <summary>Rejected by an admin after review; on no board.</summary>
    Rejected,
}
