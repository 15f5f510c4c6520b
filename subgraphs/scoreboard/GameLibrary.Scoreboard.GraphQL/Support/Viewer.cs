using System.Security.Claims;

using GameLibrary.Subgraph.Toolkit.Authentication;
using GameLibrary.Subgraph.Toolkit.Execution;

using GraphQL;

namespace GameLibrary.Scoreboard.GraphQL.Support;

/// <summary>The signed-in caller of a request (the users subgraph's token).</summary>
internal static class Viewer
{
    /// <summary>The role that may review scores, read the audit log and create competitions.</summary>
    public const string AdminRole = "admin";

    public static Guid? IdOf(ClaimsPrincipal? user) => Guid.TryParse(user.GetUserId(), out Guid id) ? id : null;

    /// <summary>The caller's id; fields calling it are marked <c>RequireAuthenticated</c>, this guards the token's subject.</summary>
    public static Guid RequireId(IResolveFieldContext context) =>
        IdOf(context.User) ?? throw new ExecutionError("Sign in with a user's token.") { Code = SubgraphErrorCodes.Unauthenticated };
}
