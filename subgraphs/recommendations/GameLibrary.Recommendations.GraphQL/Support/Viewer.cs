using GameLibrary.Subgraph.Toolkit.Authentication;

using GraphQL;

namespace GameLibrary.Recommendations.GraphQL.Support;

/// <summary>The signed-in caller of a request.</summary>
internal static class Viewer
{
    /// <summary>The role of operators (the users subgraph grants it).</summary>
    private const string AdminRole = "admin";

    /// <summary>Whether the caller is signed in as a user.</summary>
    public static bool IsSignedIn(IResolveFieldContext context) => Guid.TryParse(context.User.GetUserId(), out _);

    /// <summary>Whether the caller is the user <paramref name="userId"/> or an operator.</summary>
    public static bool IsSelfOrAdmin(IResolveFieldContext context, Guid userId) =>
        (Guid.TryParse(context.User.GetUserId(), out Guid viewer) && viewer == userId) || context.User?.IsInRole(AdminRole) == true;
}
