namespace GameLibrary.Users.Accounts;

/// <summary>A successful login: who logged in and the roles their token carries.</summary>
/// <param name="User">The account.</param>
/// <param name="Roles">The roles: always <c>player</c>, plus <c>admin</c> for configured admins.</param>
public sealed record LoginResult(User User, IReadOnlyList<string> Roles);
