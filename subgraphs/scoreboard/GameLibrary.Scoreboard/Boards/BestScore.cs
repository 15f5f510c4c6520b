namespace GameLibrary.Scoreboard.Boards;

/// <summary>
/// A player's best accepted score on one board period of a game (see <see cref="BoardPeriod"/>): the source of truth
/// the Redis boards are rebuilt from and the SQL fallback reads. Times are UTC microseconds since the Unix epoch,
/// so the same upsert statement compares them on PostgreSQL and SQLite.
/// </summary>
public sealed class BestScore
{
    /// <summary>The catalog's game id.</summary>
    public long GameId { get; set; }

    /// <summary>The period key, e.g. <c>all</c>, <c>d:2026-12-07</c>, <c>c:{competition id}</c>.</summary>
    public string Period { get; set; } = "";

    /// <summary>The player.</summary>
    public Guid UserId { get; set; }

    /// <summary>The best points.</summary>
    public long Value { get; set; }

    /// <summary>When the best was played, in microseconds since the epoch: earlier wins a tie.</summary>
    public long AchievedAtMicros { get; set; }

    /// <summary>The score that holds the best.</summary>
    public Guid ScoreId { get; set; }

    /// <summary>When the row last changed (microseconds): a rebuild re-applies rows that changed while it ran.</summary>
    public long UpdatedAtMicros { get; set; }
}
