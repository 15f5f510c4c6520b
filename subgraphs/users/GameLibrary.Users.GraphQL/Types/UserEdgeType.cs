using GameLibrary.Users.Accounts;
using GameLibrary.Users.GraphQL.Paging;

using GraphQL.Types;

namespace GameLibrary.Users.GraphQL.Types;

/// <summary>A user in a connection.</summary>
public sealed class UserEdgeType : ObjectGraphType<Edge<User>>
{
    /// <summary>Creates the type.</summary>
    public UserEdgeType()
    {
        Name = "UserEdge";
        Field(edge => edge.Cursor);
        Field<NonNullGraphType<UserType>>("node").Resolve(context => context.Source.Node);
    }
}
