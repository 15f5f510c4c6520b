namespace GameLibrary.Users.Accounts;

/// <summary>A registered player account.</summary>
public sealed class User
{
    /// <summary>The user id (a time-ordered UUID v7).</summary>
    public Guid Id { get; set; }

    /// <summary>The username as registered (case preserved).</summary>
    public string Username { get; set; } = "";

    /// <summary>The username in upper case: uniqueness and look-ups ignore case.</summary>
    public string NormalizedUsername { get; set; } = "";

    /// <summary>The email address as registered.</summary>
    public string Email { get; set; } = "";

    /// <summary>The email address in upper case: uniqueness and look-ups ignore case.</summary>
    public string NormalizedEmail { get; set; } = "";

    /// <summary>The ASP.NET Core Identity password hash; never leaves the domain.</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>The name shown to other players.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>An absolute http(s) URL of the avatar image, if any.</summary>
    public string? AvatarUrl { get; set; }

    /// <summary>Where the player plays.</summary>
    public Region Region { get; set; }

    /// <summary>When the account was registered (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
