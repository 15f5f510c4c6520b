using GameLibrary.Users.Accounts;

namespace GameLibrary.Users.GraphQL.Types;

/// <summary>What a successful login returns.</summary>
/// <param name="Token">The access token, sent as <c>Authorization: Bearer &lt;token&gt;</c>.</param>
/// <param name="ExpiresAt">When the token stops being accepted.</param>
/// <param name="Roles">The roles the token carries.</param>
/// <param name="User">The signed-in user.</param>
public sealed record AuthPayload(string Token, DateTimeOffset ExpiresAt, IReadOnlyList<string> Roles, User User);
