namespace GameLibrary.AppHost.Seeding;

/// <summary>The signed-in demo account, for the summary.</summary>
/// <param name="Username">Its username.</param>
/// <param name="Password">Its password.</param>
/// <param name="Token">A bearer token.</param>
/// <param name="ExpiresAt">When the token expires.</param>
internal sealed record DemoSession(string Username, string Password, string Token, DateTimeOffset ExpiresAt);
