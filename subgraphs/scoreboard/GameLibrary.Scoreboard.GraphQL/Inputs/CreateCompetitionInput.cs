namespace GameLibrary.Scoreboard.GraphQL.Inputs;

/// <summary>The <c>CreateCompetitionInput</c> as read from a request.</summary>
public sealed class CreateCompetitionInput
{
    /// <summary>The game's id.</summary>
    public string GameId { get; set; } = "";

    /// <summary>The name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The start.</summary>
    public DateTime StartsAt { get; set; }

    /// <summary>The end.</summary>
    public DateTime EndsAt { get; set; }
}
