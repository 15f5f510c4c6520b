namespace GameLibrary.Scoreboard.Scores;

/// <summary>A submitted score: one row per (user, idempotency key), whatever its status.</summary>
public sealed class Score
{
    /// <summary>The score's id (time-ordered).</summary>
    public Guid Id { get; set; }

    /// <summary>The player.</summary>
    public Guid UserId { get; set; }

    /// <summary>The catalog's game id.</summary>
    public long GameId { get; set; }

    /// <summary>The points.</summary>
    public long Value { get; set; }

    /// <summary>The client's key; unique per user, so a retry finds this row instead of adding one.</summary>
    public string IdempotencyKey { get; set; } = "";

    /// <summary>When the game was played (UTC, to the millisecond): decides the windows and breaks ties.</summary>
    public DateTimeOffset PlayedAt { get; set; }

    /// <summary>When the score was stored (UTC).</summary>
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The competition it was submitted to, if any.</summary>
    public Guid? CompetitionId { get; set; }

    /// <summary>The status.</summary>
    public ScoreStatus Status { get; set; }

    /// <summary>Why an anti-cheat rule flagged it.</summary>
    public string? FlagReason { get; set; }

    /// <summary>The admin who reviewed it, when reviewed.</summary>
    public Guid? ReviewedBy { get; set; }
}
