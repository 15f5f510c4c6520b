using GameLibrary.Subgraph.Toolkit.Paging;
using GameLibrary.Users.Accounts;
using GameLibrary.Users.GraphQL.Paging;
using GameLibrary.Users.Paging;

using GraphQL.Types;

namespace GameLibrary.Users.GraphQL.Types;

/// <summary>A page of users (followers, following).</summary>
public sealed class UserConnectionType : ObjectGraphType<Page<User>>
{
    /// <summary>Creates the type.</summary>
    public UserConnectionType()
    {
        Name = "UserConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserEdgeType>>>>("edges").Resolve(context => Cursors.Edges(context.Source));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(context => Cursors.Info(context.Source));
        Field(page => page.TotalCount).Description("How many users the whole list holds.");
    }
}
