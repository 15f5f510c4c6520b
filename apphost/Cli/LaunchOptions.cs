namespace GameLibrary.AppHost.Cli;

/// <summary>What the command line asked the launcher to do.</summary>
/// <param name="Games">How many games the catalog is seeded with when it is empty.</param>
/// <param name="Reseed">Delete the catalog and users data first, so the demo data is created afresh.</param>
/// <param name="NoSeed">Seed nothing: no catalog games, no demo users.</param>
/// <param name="GatewayPort">The gateway's HTTP port.</param>
/// <param name="Postgres">A PostgreSQL connection string without a database; each subgraph gets its own database on it. Null: SQLite under <c>.data/</c>.</param>
/// <param name="Redis">A StackExchange.Redis configuration. Null: one embedded Garnet server shared by every child.</param>
/// <param name="StartupTimeout">How long each service may take to become ready.</param>
internal sealed record LaunchOptions(
    int Games,
    bool Reseed,
    bool NoSeed,
    int GatewayPort,
    string? Postgres,
    string? Redis,
    TimeSpan StartupTimeout)
{
    /// <summary>
    /// Serve the gateway on every network interface (<c>--public</c>); otherwise it listens on loopback only, like the
    /// subgraphs always do.
    /// </summary>
    public bool Public { get; init; }

    /// <summary>Simulate players (<c>--simulate</c>): the demo accounts keep submitting scores, so live boards move.</summary>
    public bool Simulate { get; init; }

    /// <summary>Usernames granted the admin role besides the demo account (<c>--admin</c>, repeatable).</summary>
    /// <remarks>Array.Empty by default, so that options without admins compare equal.</remarks>
    public IReadOnlyList<string> Admins { get; init; } = Array.Empty<string>();

    /// <summary>The gateway's port when <c>--port</c> is not given.</summary>
    public const int DefaultGatewayPort = 4000;

    /// <summary>The catalog's size when <c>--games</c> is not given: big enough to page through, quick to seed.</summary>
    public const int DefaultGames = 500;

    /// <summary>The readiness wait when <c>--timeout</c> is not given; a first start creates the databases.</summary>
    public static readonly TimeSpan DefaultStartupTimeout = TimeSpan.FromSeconds(120);
}
