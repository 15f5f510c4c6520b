namespace GameLibrary.Users.Accounts;

/// <summary>Limits on failed logins, bound from <c>Users:LoginThrottling</c>.</summary>
public sealed class LoginThrottlingOptions
{
    /// <summary>Failed logins of one account within <see cref="Window"/> after which its logins are refused. Defaults to 5.</summary>
    public int MaxFailuresPerAccount { get; set; } = 5;

    /// <summary>Failed logins from one client address within <see cref="Window"/> after which its logins are refused. Defaults to 20.</summary>
    public int MaxFailuresPerAddress { get; set; } = 20;

    /// <summary>How long a failure counts. Defaults to 15 minutes.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Whether the client address is the last entry of <c>X-Forwarded-For</c> rather than the connection's remote
    /// address. Only set it behind a proxy (the gateway) that overwrites the header: otherwise clients choose their address.
    /// </summary>
    public bool TrustForwardedFor { get; set; }
}
