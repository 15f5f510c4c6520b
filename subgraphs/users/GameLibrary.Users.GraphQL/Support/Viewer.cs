using System.Security.Claims;

using GameLibrary.Subgraph.Toolkit.Authentication;
using GameLibrary.Subgraph.Toolkit.Execution;
using GameLibrary.Users.Accounts;

using GraphQL;

namespace GameLibrary.Users.GraphQL.Support;

/// <summary>The signed-in caller of a request.</summary>
internal static class Viewer
{
    /// <summary>The caller's user id, or <see langword="null"/> when anonymous (or holding a token not issued to a user).</summary>
    public static Guid? IdOf(ClaimsPrincipal? user) => Guid.TryParse(user.GetUserId(), out Guid id) ? id : null;

    /// <summary>The caller's user id; fields calling it are marked <c>RequireAuthenticated</c>, this guards the token's subject.</summary>
    public static Guid RequireId(IResolveFieldContext context) =>
        IdOf(context.User) ?? throw new ExecutionError("Sign in with a user's token.") { Code = SubgraphErrorCodes.Unauthenticated };

    public static bool IsAdmin(ClaimsPrincipal? user) => user?.IsInRole(UserRoles.Admin) == true;
}
