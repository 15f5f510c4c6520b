using GraphQL.Federation;
using GraphQL.Types;

namespace GameLibrary.Subgraph.Toolkit.Paging;

/// <summary>
/// Relay's <c>PageInfo</c>, one declaration for every subgraph that pages: a shareable value type must be declared
/// identically wherever it appears, or composition fails.
/// </summary>
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
