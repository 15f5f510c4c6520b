using System.Security.Claims;

using GameLibrary.Subgraph.Toolkit.Authentication;

using GraphQL.Types;

namespace GameLibrary.Subgraph.Toolkit.Tests.Sample;

/// <summary>The signed-in caller, as the token describes them.</summary>
public sealed class ViewerType : ObjectGraphType<ClaimsPrincipal>
{
    public ViewerType()
    {
        Name = "Viewer";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.GetUserId());
        Field<NonNullGraphType<StringGraphType>>("username").Resolve(context => context.Source.Identity!.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Resolve(context => context.Source.FindAll(SubgraphClaimTypes.Role).Select(role => role.Value));
    }
}
