using GameLibrary.Users.GraphQL.Paging;

using GraphQL.Federation;
using GraphQL.Types;

namespace GameLibrary.Users.GraphQL.Types;

/// <summary>Relay's <c>PageInfo</c>.</summary>
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
