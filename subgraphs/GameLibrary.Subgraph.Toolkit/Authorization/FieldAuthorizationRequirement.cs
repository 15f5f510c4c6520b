using System.Security.Claims;

using GameLibrary.Subgraph.Toolkit.Execution;

using GraphQL;

namespace GameLibrary.Subgraph.Toolkit.Authorization;

/// <summary>Who may resolve a field: any signed-in caller, or one holding at least one of <see cref="Roles"/>.</summary>
internal sealed record FieldAuthorizationRequirement(IReadOnlyList<string> Roles)
{
    /// <summary>The field metadata key the requirement is stored under.</summary>
    public const string MetadataKey = "GameLibrary.Authorization";

    /// <summary>Returns the error to raise for <paramref name="user"/>, or <see langword="null"/> when allowed.</summary>
    public ExecutionError? Check(ClaimsPrincipal? user, string fieldName)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return new ExecutionError($"The field '{fieldName}' requires an authenticated user.")
            {
                Code = SubgraphErrorCodes.Unauthenticated,
            };
        }

        if (Roles.Count > 0 && !Roles.Any(user.IsInRole))
        {
            return new ExecutionError($"The field '{fieldName}' requires one of the roles: {string.Join(", ", Roles)}.")
            {
                Code = SubgraphErrorCodes.Forbidden,
            };
        }

        return null;
    }

    /// <summary>Adds <paramref name="roles"/> to the roles of <paramref name="existing"/>, if any.</summary>
    public static FieldAuthorizationRequirement Combine(FieldAuthorizationRequirement? existing, IEnumerable<string> roles) =>
        new([.. (existing?.Roles ?? []).Union(roles, StringComparer.Ordinal)]);
}
