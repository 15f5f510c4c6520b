namespace GameLibrary.Subgraph.Toolkit.Authentication;

/// <summary>The claim types in the platform's tokens, kept as issued (no mapping to WS-Federation URIs).</summary>
public static class SubgraphClaimTypes
{
    /// <summary>The user id.</summary>
    public const string UserId = "sub";

    /// <summary>The username.</summary>
    public const string Username = "name";

    /// <summary>A role; one claim per role.</summary>
    public const string Role = "role";
}
