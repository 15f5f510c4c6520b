using GameLibrary.Scoreboard.Competitions;

using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>CompetitionState</c> enum.</summary>
public sealed class CompetitionStateType : EnumerationGraphType<CompetitionState>
{
    /// <summary>Creates the type.</summary>
    public CompetitionStateType()
    {
        Name = "CompetitionState";
        Description = "Where a competition stands in time.";
    }
}
