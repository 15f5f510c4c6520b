using GameLibrary.Catalog.Queries;

using GraphQL.Types;

namespace GameLibrary.Catalog.GraphQL.Inputs;

/// <summary>The <c>SortDirection</c> enum: ASC, DESC.</summary>
public sealed class SortDirectionType : EnumerationGraphType
{
    /// <summary>Creates the type.</summary>
    public SortDirectionType()
    {
        Name = "SortDirection";
        Add("ASC", SortDirection.Ascending, "Smallest first.");
        Add("DESC", SortDirection.Descending, "Largest first.");
    }
}
