namespace GameLibrary.Scoreboard.Audit;

/// <summary>One submission (or review) and its outcome, kept for admins.</summary>
public sealed class AuditRecord
{
    /// <summary>Database-generated, increasing: the order records were written in.</summary>
    public long Id { get; set; }

    /// <summary>The submitting player.</summary>
    public Guid UserId { get; set; }

    /// <summary>The game id as submitted.</summary>
    public long GameId { get; set; }

    /// <summary>The points as submitted.</summary>
    public long Value { get; set; }

    /// <summary>The idempotency key as submitted (cut to 64 characters).</summary>
    public string IdempotencyKey { get; set; } = "";

    /// <summary>The stored score it concerns, if any.</summary>
    public Guid? ScoreId { get; set; }

    /// <summary>The outcome.</summary>
    public AuditOutcome Outcome { get; set; }

    /// <summary>Why it was rejected or flagged.</summary>
    public string? Reason { get; set; }

    /// <summary>The client's network address.</summary>
    public string ClientAddress { get; set; } = "";

    /// <summary>The client's user agent (cut to 300 characters).</summary>
    public string UserAgent { get; set; } = "";

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset At { get; set; }
}
