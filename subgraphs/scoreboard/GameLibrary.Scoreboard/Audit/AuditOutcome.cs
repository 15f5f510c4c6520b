namespace GameLibrary.Scoreboard.Audit;

/// <summary>What became of a submission.</summary>
public enum AuditOutcome
{
    /// <summary>Stored and put on the boards.</summary>
    Accepted,

    /// <summary>A retry of a stored submission: answered with the first answer, nothing changed.</summary>
    Duplicate,

    /// <summary>Refused: invalid input, or an idempotency key reused for another score.</summary>
    Rejected,

    /// <summary>Stored but held back by an anti-cheat rule.</summary>
    Flagged,

    /// <summary>Refused by the rate limit.</summary>
    RateLimited,

    /// <summary>An admin accepted a flagged score.</summary>
    ReviewAccepted,

    /// <summary>An admin rejected a flagged score.</summary>
    ReviewRejected,
}
