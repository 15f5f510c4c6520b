using GameLibrary.Subgraph.Toolkit.Paging;
using GameLibrary.Users.GraphQL.Paging;
using GameLibrary.Users.Library;
using GameLibrary.Users.Paging;

using GraphQL.Types;

namespace GameLibrary.Users.GraphQL.Types;

/// <summary>A page of a library.</summary>
public sealed class LibraryEntryConnectionType : ObjectGraphType<Page<LibraryEntry>>
{
    /// <summary>Creates the type.</summary>
    public LibraryEntryConnectionType()
    {
        Name = "LibraryEntryConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LibraryEntryEdgeType>>>>("edges").Resolve(context => Cursors.Edges(context.Source));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(context => Cursors.Info(context.Source));
        Field(page => page.TotalCount).Description("How many entries the whole (filtered) library holds.");
    }
}
