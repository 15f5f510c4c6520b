namespace GameLibrary.Subgraph.Toolkit.Authentication;

/// <summary>A signed access token.</summary>
/// <param name="AccessToken">The compact JWT, sent as <c>Authorization: Bearer &lt;token&gt;</c>.</param>
/// <param name="ExpiresAt">When the token stops being accepted.</param>
public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt);
