namespace GameLibrary.Recommendations.ReadModel;

/// <summary>A player's current rating of a game.</summary>
public sealed class RatingRow
{
    /// <summary>The rater.</summary>
    public Guid UserId { get; set; }

    /// <summary>The game.</summary>
    public long GameId { get; set; }

    /// <summary>The rating, 1 to 10.</summary>
    public int Rating { get; set; }

    /// <summary>When the rating was last given (the event's time, so a replay stores the same value).</summary>
    public DateTimeOffset RatedAt { get; set; }
}
