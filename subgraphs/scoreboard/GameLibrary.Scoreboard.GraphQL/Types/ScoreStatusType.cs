using GameLibrary.Scoreboard.Scores;

using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>ScoreStatus</c> enum.</summary>
public sealed class ScoreStatusType : EnumerationGraphType<ScoreStatus>
{
    /// <summary>Creates the type.</summary>
    public ScoreStatusType()
    {
        Name = "ScoreStatus";
        Description = "ACCEPTED scores are on the boards; FLAGGED ones wait for an admin's review; REJECTED ones were refused by one.";
    }
}
