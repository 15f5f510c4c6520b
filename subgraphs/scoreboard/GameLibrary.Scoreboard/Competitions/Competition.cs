namespace GameLibrary.Scoreboard.Competitions;

/// <summary>A time-boxed competition on one game, with its own board.</summary>
public sealed class Competition
{
    /// <summary>The id.</summary>
    public Guid Id { get; set; }

    /// <summary>The game.</summary>
    public long GameId { get; set; }

    /// <summary>The name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The first instant scores count (inclusive, UTC).</summary>
    public DateTimeOffset StartsAt { get; set; }

    /// <summary>The end (exclusive, UTC).</summary>
    public DateTimeOffset EndsAt { get; set; }

    /// <summary>The admin who created it.</summary>
    public Guid CreatedBy { get; set; }

    /// <summary>The state at <paramref name="now"/>.</summary>
    /// <param name="now">The current time.</param>
    public CompetitionState StateAt(DateTimeOffset now) =>
        now < StartsAt ? CompetitionState.Upcoming : now < EndsAt ? CompetitionState.Open : CompetitionState.Ended;
}
