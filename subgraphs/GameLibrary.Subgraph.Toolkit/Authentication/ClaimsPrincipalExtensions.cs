using System.Security.Claims;

namespace GameLibrary.Subgraph.Toolkit.Authentication;

/// <summary>Reads the platform's claims from the caller's principal.</summary>
public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id, or <see langword="null"/> for an anonymous caller.</summary>
    /// <param name="user">The caller (<c>IResolveFieldContext.User</c>).</param>
    /// <returns>The <c>sub</c> claim of an authenticated caller.</returns>
    public static string? GetUserId(this ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirst(SubgraphClaimTypes.UserId)?.Value : null;
}
