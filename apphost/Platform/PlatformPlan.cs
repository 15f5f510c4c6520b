using System.Globalization;

using GameLibrary.AppHost.Cli;
using GameLibrary.AppHost.Processes;
using GameLibrary.AppHost.Seeding;

namespace GameLibrary.AppHost.Platform;

/// <summary>
/// Every child the launcher starts — the catalog's seed run, the subgraphs, the gateway — with its arguments and
/// environment: all share one Redis, each subgraph gets its database and listens on loopback only, the users subgraph
/// knows the admins, the gateway gets the supergraph and the subgraphs' loopback URLs and listens on loopback unless
/// <c>--public</c>. Pure: nothing starts here.
/// </summary>
internal sealed class PlatformPlan
{
    /// <summary>The gateway host's assembly name.</summary>
    public const string GatewayAssembly = "GameLibrary.Gateway";

    /// <summary>The name the catalog's seed run is shown with.</summary>
    public const string SeedName = "seed";

    /// <summary>The gateway's name in the output.</summary>
    public const string GatewayName = "gateway";

    /// <summary>
    /// Log levels every host gets as configuration arguments. Their appsettings.json sit in their output folders, not
    /// in the content root (the repository root, where .data/ is), so their levels are repeated here to keep request,
    /// SQL and HTTP client logs from drowning the output. Arguments, not variables: the names hold dots, which are not
    /// shell identifiers, and the watchdog shell would drop such variables.
    /// </summary>
    public static IReadOnlyList<string> LogLevelArguments { get; } =
    [
        "--Logging:LogLevel:Default=Information",
        "--Logging:LogLevel:Microsoft.AspNetCore=Warning",
        "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning",
        "--Logging:LogLevel:System.Net.Http.HttpClient=Warning",
    ];

    private PlatformPlan(ProcessSpec seed, IReadOnlyList<ServiceSpec> subgraphs, ServiceSpec gateway)
    {
        Seed = seed;
        Subgraphs = subgraphs;
        Gateway = gateway;
    }

    /// <summary>The catalog host's <c>seed --games N</c> run: it creates the schema and seeds only an empty catalog.</summary>
    public ProcessSpec Seed { get; }

    /// <summary>The subgraphs, in <see cref="SubgraphDefinition.All"/> order.</summary>
    public IReadOnlyList<ServiceSpec> Subgraphs { get; }

    /// <summary>The gateway.</summary>
    public ServiceSpec Gateway { get; }

    /// <summary>The users subgraph, which the demo data is written through.</summary>
    public ServiceSpec Users => Subgraphs.Single(subgraph => subgraph.Name == SubgraphDefinition.Users.Name);

    /// <summary>The scoreboard subgraph, which the demo scores are submitted to.</summary>
    public ServiceSpec Scoreboard => Subgraphs.Single(subgraph => subgraph.Name == SubgraphDefinition.Scoreboard.Name);

    /// <summary>Plans the children.</summary>
    /// <param name="options">The command line.</param>
    /// <param name="hosts">Where the hosts were built.</param>
    /// <param name="stores">The databases and Redis.</param>
    /// <param name="dotnet">The <c>dotnet</c> executable that runs the hosts.</param>
    /// <param name="inheritedEnvironment">Reads the launcher's own environment, which the children inherit.</param>
    public static PlatformPlan Create(
        LaunchOptions options, HostAssemblies hosts, StoreSettings stores, string dotnet, Func<string, string?> inheritedEnvironment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(hosts);
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(inheritedEnvironment);

        Dictionary<string, string> shared = SharedEnvironment(stores, inheritedEnvironment);
        List<ServiceSpec> subgraphs = [];
        ProcessSpec? seed = null;
        foreach (SubgraphDefinition subgraph in SubgraphDefinition.All)
        {
            Dictionary<string, string> environment = new(shared);
            if (stores.ConnectionStringFor(subgraph) is { } connectionString)
            {
                environment[$"ConnectionStrings__{subgraph.ConnectionName}"] = connectionString;
            }

            if (subgraph == SubgraphDefinition.Users)
            {
                AddAdmins(environment, options);
            }

            // Loopback only: a subgraph's errors and health are for the gateway and this machine, not the network.
            Dictionary<string, string> serving = new(environment) { [PortVariable(subgraph.Name)] = "" };
            string assembly = hosts.PathOf(subgraph.AssemblyName);
            subgraphs.Add(new ServiceSpec(
                new ProcessSpec(subgraph.Name, dotnet, [assembly, "--urls", LoopbackUrl(subgraph.Port), .. LogLevelArguments], serving, hosts.RepositoryRoot),
                subgraph.Port));
            if (subgraph == SubgraphDefinition.Catalog)
            {
                seed = new ProcessSpec(SeedName, dotnet, [assembly, "seed", "--games", Invariant(options.Games), .. LogLevelArguments], environment, hosts.RepositoryRoot);
            }
        }

        Dictionary<string, string> gatewayEnvironment = new(shared);
        foreach (ServiceSpec subgraph in subgraphs)
        {
            // The supergraph names localhost URLs; these overrides hold whatever the ports are.
            gatewayEnvironment[$"Gateway__Subgraphs__{subgraph.Name}__Url"] = subgraph.GraphQLUrl.ToString();
        }

        // --port serves every interface; --urls with localhost, loopback only (the variable could override it).
        gatewayEnvironment[PortVariable(GatewayName)] = "";
        string[] listen = options.Public
            ? ["--port", Invariant(options.GatewayPort)]
            : ["--urls", LoopbackUrl(options.GatewayPort)];
        ServiceSpec gateway = new(
            new ProcessSpec(
                GatewayName,
                dotnet,
                [
                    hosts.PathOf(GatewayAssembly),
                    "--supergraph", Path.Combine(hosts.RepositoryRoot, "schema", "supergraph.graphql"),
                    .. listen,
                    .. LogLevelArguments,
                ],
                gatewayEnvironment,
                hosts.RepositoryRoot),
            options.GatewayPort,
            options.Public);

        return new PlatformPlan(seed ?? throw new InvalidOperationException("The catalog subgraph is not planned."), subgraphs, gateway);
    }

    private static Dictionary<string, string> SharedEnvironment(StoreSettings stores, Func<string, string?> inheritedEnvironment)
    {
        Dictionary<string, string> environment = new(StringComparer.Ordinal)
        {
            ["ConnectionStrings__Redis"] = stores.RedisConfiguration,
        };

        // A shared Redis is a configured connection string, so the hosts no longer count as running on the embedded
        // defaults, where the public development signing key is allowed. Development allows it too; an environment the
        // user chose is kept (and then needs Auth:SigningKey).
        if (string.IsNullOrEmpty(inheritedEnvironment("ASPNETCORE_ENVIRONMENT")) && string.IsNullOrEmpty(inheritedEnvironment("DOTNET_ENVIRONMENT")))
        {
            environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        }

        return environment;
    }

    /// <summary>
    /// The demo account and every <c>--admin</c> get the admin role (the users subgraph's <c>Users:Admins</c>), so a
    /// developer can try the catalog's admin mutations at once.
    /// </summary>
    private static void AddAdmins(Dictionary<string, string> environment, LaunchOptions options)
    {
        string[] admins = [.. new[] { DemoData.Viewer.Username }.Concat(options.Admins).Distinct(StringComparer.OrdinalIgnoreCase)];
        for (int index = 0; index < admins.Length; index++)
        {
            environment[string.Create(CultureInfo.InvariantCulture, $"Users__Admins__{index}")] = admins[index];
        }
    }

    /// <summary>Kestrel's <c>localhost</c> binds the IPv4 and IPv6 loopback addresses, and nothing else.</summary>
    private static string LoopbackUrl(int port) => string.Create(CultureInfo.InvariantCulture, $"http://localhost:{port}");

    /// <summary>The port variable a host prefers to <c>--urls</c> (<c>CATALOG_PORT</c>, <c>GATEWAY_PORT</c>): emptied, so an inherited one cannot widen the binding.</summary>
    private static string PortVariable(string name) => $"{name.ToUpperInvariant()}_PORT";

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
