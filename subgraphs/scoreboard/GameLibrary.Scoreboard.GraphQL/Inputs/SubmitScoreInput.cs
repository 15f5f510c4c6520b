namespace GameLibrary.Scoreboard.GraphQL.Inputs;

/// <summary>The <c>SubmitScoreInput</c> as read from a request.</summary>
public sealed class SubmitScoreInput
{
    /// <summary>The game's id.</summary>
    public string GameId { get; set; } = "";

    /// <summary>The points.</summary>
    public int Score { get; set; }

    /// <summary>The client's key for this submission.</summary>
    public string IdempotencyKey { get; set; } = "";

    /// <summary>When it was played.</summary>
    public DateTime? PlayedAt { get; set; }

    /// <summary>The competition's id.</summary>
    public string? CompetitionId { get; set; }
}
