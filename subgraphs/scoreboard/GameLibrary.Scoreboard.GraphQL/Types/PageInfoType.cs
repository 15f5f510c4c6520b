using GraphQL.Federation;
using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>Relay's <c>PageInfo</c>, declared exactly as the users subgraph declares it (a shareable value type).</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    /// <summary>Creates the type.</summary>
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page of a connection lies. Shareable: other subgraphs page the same way.";
        this.Shareable();
        Field(info => info.HasNextPage);
        Field(info => info.HasPreviousPage);
        Field(info => info.StartCursor, nullable: true);
        Field(info => info.EndCursor, nullable: true);
    }
}
