using GameLibrary.Users.Accounts;

namespace GameLibrary.Users;

/// <summary>Settings of the users subgraph, bound from the <c>Users</c> configuration section.</summary>
public sealed class UsersOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Users";

    /// <summary>
    /// Usernames granted the <c>admin</c> role at login (case-insensitive). Configuration rather than data, so an
    /// operator can be made (or unmade) without a database write, and the demo can name one.
    /// </summary>
    public IList<string> Admins { get; } = [];

    /// <summary>How long an access token issued at login is accepted. Defaults to one hour.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The event log catalog publishes its games on. Defaults to <c>catalog</c>.</summary>
    public string CatalogEventLog { get; set; } = "catalog";

    /// <summary>How repeated failed logins are slowed down.</summary>
    public LoginThrottlingOptions LoginThrottling { get; } = new();
}
