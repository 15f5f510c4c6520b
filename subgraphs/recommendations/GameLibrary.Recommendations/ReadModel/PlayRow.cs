namespace GameLibrary.Recommendations.ReadModel;

/// <summary>An accepted score: one play of a game, the unit of score activity.</summary>
public sealed class PlayRow
{
    /// <summary>The score's id (a redelivered event cannot add it twice).</summary>
    public Guid ScoreId { get; set; }

    /// <summary>The player.</summary>
    public Guid UserId { get; set; }

    /// <summary>The game.</summary>
    public long GameId { get; set; }

    /// <summary>When it was played.</summary>
    public DateTimeOffset PlayedAt { get; set; }
}
