using GameLibrary.Scoreboard.Stats;

using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>Trend</c> enum.</summary>
public sealed class TrendType : EnumerationGraphType<Trend>
{
    /// <summary>Creates the type.</summary>
    public TrendType()
    {
        Name = "Trend";
        Description = "How a player's best of the last 7 days compares with the 7 days before.";
    }
}
