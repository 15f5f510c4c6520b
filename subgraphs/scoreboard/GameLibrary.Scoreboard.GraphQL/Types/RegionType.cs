using GameLibrary.Scoreboard.Players;

using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>Region</c> enum, with the users subgraph's name, values and description (composition requires them equal).</summary>
public sealed class RegionType : EnumerationGraphType<Region>
{
    /// <summary>Creates the type.</summary>
    public RegionType()
    {
        Name = "Region";
        Description = "Where a player plays.";
    }
}
