using GameLibrary.Users.Accounts;

using GraphQL.Types;

namespace GameLibrary.Users.GraphQL.Types;

/// <summary>The <c>Region</c> enum.</summary>
public sealed class RegionType : EnumerationGraphType<Region>
{
    /// <summary>Creates the type.</summary>
    public RegionType()
    {
        Name = "Region";
        Description = "Where a player plays.";
    }
}
