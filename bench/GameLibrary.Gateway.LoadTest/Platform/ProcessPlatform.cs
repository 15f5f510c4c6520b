using System.Globalization;

namespace GameLibrary.Gateway.LoadTest.Platform;

/// <summary>
/// The whole platform as real processes, as in production: its own Redis and PostgreSQL, the catalog, users, scoreboard
/// and recommendations hosts and the gateway, each a <c>dotnet &lt;dll&gt;</c> child on a free loopback port, in the
/// Production environment. The fault drills kill, freeze, stop and restart its pieces; the soak loads it.
/// </summary>
internal sealed class ProcessPlatform : IDisposable
{
    /// <summary>How long a host may take to become ready: generous, a loaded 2-core CI machine starts five at once.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    /// <summary>The JWT signing key every subgraph shares (base64 of 40 bytes); tokens come from the users subgraph.</summary>
    private const string SigningKey = "ZHJpbGxzLWFuZC1zb2FrLXNpZ25pbmcta2V5LTAxMjM0NTY3ODlhYg==";

    private static readonly (string Name, string Assembly, string Connection)[] SubgraphHosts =
    [
        ("catalog", "GameLibrary.Catalog.Host", "Catalog"),
        ("users", "GameLibrary.Users.Host", "Users"),
        ("scoreboard", "GameLibrary.Scoreboard.Host", "Scoreboard"),
        ("recommendations", "GameLibrary.Recommendations.Host", "Recommendations"),
    ];

    private readonly Dictionary<string, HostProcess> _hosts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _environments = new(StringComparer.Ordinal);

    private readonly RunLedger _ledger;

    private ProcessPlatform(RunLedger ledger, RedisServer redis, PostgresServer postgres)
    {
        _ledger = ledger;
        Redis = redis;
        Postgres = postgres;
    }

    /// <summary>The platform's Redis.</summary>
    public RedisServer Redis { get; }

    /// <summary>The platform's PostgreSQL (one database per subgraph).</summary>
    public PostgresServer Postgres { get; }

    /// <summary>A client for readiness probes and maintenance calls.</summary>
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The gateway.</summary>
    public HostProcess Gateway => _hosts["gateway"];

    /// <summary>The subgraphs, in start order.</summary>
    public IReadOnlyList<HostProcess> Subgraphs => [.. SubgraphHosts.Select(host => _hosts[host.Name])];

    /// <summary>A host by name: catalog, users, scoreboard, recommendations or gateway.</summary>
    public HostProcess this[string name] => _hosts[name];

    /// <summary>
    /// Reaps what earlier runs killed outright left behind (<see cref="RunLedger"/>), then starts Redis and PostgreSQL,
    /// seeds the catalog, starts the subgraphs, then the gateway; each waited for.
    /// </summary>
    public static async Task<ProcessPlatform> StartAsync(PlatformSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var ledger = RunLedger.Open();
        var redis = new RedisServer(ledger);
        PostgresServer? postgres = null;
        ProcessPlatform? platform = null;
        try
        {
            await redis.StartAsync().ConfigureAwait(false);
            postgres = await PostgresServer.CreateAsync(ledger).ConfigureAwait(false);
            platform = new ProcessPlatform(ledger, redis, postgres);
            await platform.StartAllAsync(settings).ConfigureAwait(false);
            return platform;
        }
        catch
        {
            if (platform is not null)
            {
                platform.Dispose();
            }
            else
            {
                postgres?.Dispose();
                redis.Dispose();
                ledger.Dispose();
            }

            throw;
        }
    }

    /// <summary>Starts a host again (after a kill or a stop) and waits until it is ready.</summary>
    public Task RestartAsync(HostProcess host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return host.StartAsync(Http, Patience);
    }

    /// <summary>Runs a subgraph host's command (e.g. the scoreboard's <c>rebuild</c>) with the host's settings, and returns its output.</summary>
    public Task<string> RunCommandAsync(string subgraph, params string[] arguments)
    {
        string assembly = LaunchedHosts.PathOf(SubgraphHosts.Single(host => host.Name == subgraph).Assembly);
        return ExternalCommand.RunAsync("dotnet", [assembly, .. arguments], Patience, _environments[subgraph]);
    }

    /// <summary>Stops everything it started; safe to call more than once (and from a signal handler).</summary>
    public void Dispose()
    {
        // The gateway first, then the subgraphs, then the servers they use.
        foreach (HostProcess host in _hosts.Values.Reverse())
        {
            host.Dispose();
        }

        Http.Dispose();
        Postgres.Dispose();
        Redis.Dispose();
        _ledger.Dispose();
    }

    private async Task StartAllAsync(PlatformSettings settings)
    {
        foreach ((string name, string assembly, string connection) in SubgraphHosts)
        {
            _environments[name] = new Dictionary<string, string>(settings.Subgraphs)
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Auth__SigningKey"] = SigningKey,
                ["ConnectionStrings__Redis"] = Redis.Configuration,
                [$"ConnectionStrings__{connection}"] = Postgres.ConnectionString(name),
                ["Logging__LogLevel__Default"] = "Warning",
            };
            _hosts[name] = new HostProcess(name, LaunchedHosts.PathOf(assembly), [], _environments[name], _ledger);
        }

        await RunCommandAsync("catalog", "seed", "--games", settings.Games.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        await Task.WhenAll(Subgraphs.Select(RestartAsync)).ConfigureAwait(false);

        var gateway = new Dictionary<string, string>(settings.Gateway)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (HostProcess subgraph in Subgraphs)
        {
            gateway[$"Gateway__Subgraphs__{subgraph.Name}__Url"] = subgraph.GraphQL.ToString();
        }

        string supergraph = Path.Combine(RepositoryPaths.Find().Root, "schema", "supergraph.graphql");
        _hosts["gateway"] = new HostProcess("gateway", LaunchedHosts.PathOf(LaunchedHosts.Gateway), ["--supergraph", supergraph], gateway, _ledger);
        await RestartAsync(Gateway).ConfigureAwait(false);
    }
}
