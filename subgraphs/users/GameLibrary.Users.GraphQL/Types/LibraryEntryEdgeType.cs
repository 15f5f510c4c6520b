using GameLibrary.Users.GraphQL.Paging;
using GameLibrary.Users.Library;

using GraphQL.Types;

namespace GameLibrary.Users.GraphQL.Types;

/// <summary>A library entry in a connection.</summary>
public sealed class LibraryEntryEdgeType : ObjectGraphType<Edge<LibraryEntry>>
{
    /// <summary>Creates the type.</summary>
    public LibraryEntryEdgeType()
    {
        Name = "LibraryEntryEdge";
        Field(edge => edge.Cursor);
        Field<NonNullGraphType<LibraryEntryType>>("node").Resolve(context => context.Source.Node);
    }
}
