namespace GameLibrary.Users.Accounts;

/// <summary>What a new player supplies to register.</summary>
/// <param name="Username">The username (unique, case-insensitive).</param>
/// <param name="Email">The email address (unique, case-insensitive).</param>
/// <param name="Password">The password; only its hash is stored.</param>
/// <param name="Region">The player's region.</param>
/// <param name="DisplayName">The display name; the username when omitted.</param>
public sealed record Registration(string Username, string Email, string Password, Region Region, string? DisplayName)
{
    /// <summary>Leaves the password out, so a logged or printed registration never shows it.</summary>
    /// <returns>The registration without its password.</returns>
    public override string ToString() => $"Registration {{ Username = {Username}, Email = {Email}, Region = {Region} }}";
}
