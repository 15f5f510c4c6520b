using System.Text.RegularExpressions;

using GameLibrary.AppHost.Cli;
using GameLibrary.AppHost.Platform;
using GameLibrary.AppHost.Processes;
using GameLibrary.AppHost.Tests.Support;
using GameLibrary.Testing;

using Npgsql;

namespace GameLibrary.AppHost.Tests.Platform;

public sealed partial class PlatformPlanTests : IDisposable
{
    private const string Dotnet = "/opt/dotnet/dotnet";
    private static readonly LaunchOptions Defaults = new(500, false, false, 4000, null, null, TimeSpan.FromSeconds(120));
    private static readonly StoreSettings Embedded = new("127.0.0.1:40123", RedisEmbedded: true, PostgresBase: null);

    private readonly TempDirectory _root = new();
    private readonly HostAssemblies _hosts;

    public PlatformPlanTests()
    {
        _hosts = FakeHosts.In(_root);
    }

    [Fact]
    public void Subgraphs_run_from_their_built_DLLs_on_their_ports_in_the_repository_root()
    {
        PlatformPlan plan = Plan(Defaults, Embedded);

        Assert.Equal(["catalog", "users", "scoreboard", "recommendations"], plan.Subgraphs.Select(subgraph => subgraph.Name));
        Assert.Equal([4001, 4002, 4003, 4004], plan.Subgraphs.Select(subgraph => subgraph.Port));
        ServiceSpec catalog = plan.Subgraphs[0];
        Assert.Equal(4001, catalog.Port);
        Assert.Equal(Dotnet, catalog.Process.FileName);
        Assert.Equal([Host("GameLibrary.Catalog.Host"), "--urls", "http://localhost:4001", .. PlatformPlan.LogLevelArguments], catalog.Process.Arguments);
        Assert.Equal(_root.Path, catalog.Process.WorkingDirectory);
        Assert.Equal(new Uri("http://127.0.0.1:4001/health/ready"), catalog.HealthUrl);
        Assert.Equal(new Uri("http://localhost:4001/graphql"), catalog.PublicGraphQLUrl);
        Assert.Equal(4002, plan.Users.Port);
    }

    [Fact]
    public void On_the_embedded_defaults_every_child_shares_the_launcher_s_Garnet_and_no_database_is_configured()
    {
        PlatformPlan plan = Plan(Defaults, Embedded);

        Assert.All(AllChildren(plan), child =>
        {
            Assert.Equal("127.0.0.1:40123", child.Environment["ConnectionStrings__Redis"]);
            Assert.DoesNotContain(child.Environment.Keys, key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal) && key != "ConnectionStrings__Redis");
        });
    }

    [Fact]
    public void With_PostgreSQL_each_subgraph_gets_a_database_named_after_it_on_the_given_server()
    {
        PlatformPlan plan = Plan(
            Defaults with { Postgres = "Host=db;Port=5433;Username=app;Password=secret" },
            Embedded with { PostgresBase = "Host=db;Port=5433;Username=app;Password=secret" });

        NpgsqlConnectionStringBuilder catalog = new(plan.Subgraphs[0].Process.Environment["ConnectionStrings__Catalog"]);
        NpgsqlConnectionStringBuilder users = new(plan.Users.Process.Environment["ConnectionStrings__Users"]);
        Assert.Equal(("db", 5433, "app", "secret", "catalog"), (catalog.Host, catalog.Port, catalog.Username, catalog.Password, catalog.Database));
        Assert.Equal("users", users.Database);
        Assert.False(plan.Subgraphs[0].Process.Environment.ContainsKey("ConnectionStrings__Users"));
        Assert.Equal(plan.Subgraphs[0].Process.Environment["ConnectionStrings__Catalog"], plan.Seed.Environment["ConnectionStrings__Catalog"]);
    }

    [Fact]
    public void The_seed_run_is_the_catalog_host_s_seed_command_with_the_chosen_number_of_games()
    {
        PlatformPlan plan = Plan(Defaults with { Games = 1234 }, Embedded);

        Assert.Equal("seed", plan.Seed.Name);
        Assert.Equal([Host("GameLibrary.Catalog.Host"), "seed", "--games", "1234", .. PlatformPlan.LogLevelArguments], plan.Seed.Arguments);
        Assert.Equal(_root.Path, plan.Seed.WorkingDirectory);
    }

    [Fact]
    public void The_gateway_serves_the_supergraph_on_its_port_and_calls_the_subgraphs_on_loopback()
    {
        PlatformPlan plan = Plan(Defaults with { GatewayPort = 5000 }, Embedded);

        Assert.Equal(5000, plan.Gateway.Port);
        Assert.Equal(
            [Host("GameLibrary.Gateway"), "--supergraph", Path.Combine(_root.Path, "schema", "supergraph.graphql"), "--urls", "http://localhost:5000", .. PlatformPlan.LogLevelArguments],
            plan.Gateway.Process.Arguments);
        Assert.Equal("http://127.0.0.1:4001/graphql", plan.Gateway.Process.Environment["Gateway__Subgraphs__catalog__Url"]);
        Assert.Equal("http://127.0.0.1:4002/graphql", plan.Gateway.Process.Environment["Gateway__Subgraphs__users__Url"]);
        Assert.Equal(new Uri("http://localhost:5000/graphql"), plan.Gateway.PublicGraphQLUrl);
    }

    [Fact]
    public void Subgraphs_and_the_gateway_listen_on_loopback_only_and_no_inherited_port_variable_widens_that()
    {
        PlatformPlan plan = Plan(Defaults, Embedded);

        foreach (ServiceSpec service in (ServiceSpec[])[.. plan.Subgraphs, plan.Gateway])
        {
            int urls = service.Process.Arguments.ToList().IndexOf("--urls");
            Assert.True(urls > 0, $"{service.Name} has no --urls");
            Assert.Equal($"http://localhost:{service.Port}", service.Process.Arguments[urls + 1]);
            Assert.DoesNotContain("--port", service.Process.Arguments);
            Assert.Equal("", service.Process.Environment[$"{service.Name.ToUpperInvariant()}_PORT"]);
            Assert.False(service.Public);
            Assert.Equal($"port {service.Port}, loopback only", service.Listening);
        }
    }

    [Fact]
    public void With_public_the_gateway_alone_serves_every_interface()
    {
        PlatformPlan plan = Plan(Defaults with { Public = true }, Embedded);

        Assert.Equal(
            [Host("GameLibrary.Gateway"), "--supergraph", Path.Combine(_root.Path, "schema", "supergraph.graphql"), "--port", "4000", .. PlatformPlan.LogLevelArguments],
            plan.Gateway.Process.Arguments);
        Assert.True(plan.Gateway.Public);
        Assert.Equal("port 4000, every network interface", plan.Gateway.Listening);
        Assert.All(plan.Subgraphs, subgraph => Assert.Contains("--urls", subgraph.Process.Arguments));
    }

    [Fact]
    public void The_demo_account_and_every_admin_option_are_the_users_subgraph_s_admins()
    {
        PlatformPlan withDefaults = Plan(Defaults, Embedded);
        PlatformPlan withAdmins = Plan(Defaults with { Admins = ["ada", "Demo", "grace"] }, Embedded);

        Assert.Equal("demo", withDefaults.Users.Process.Environment["Users__Admins__0"]);
        Assert.False(withDefaults.Users.Process.Environment.ContainsKey("Users__Admins__1"));
        Assert.Equal(
            ["demo", "ada", "grace"],
            withAdmins.Users.Process.Environment.Where(variable => variable.Key.StartsWith("Users__Admins__", StringComparison.Ordinal))
                .OrderBy(variable => variable.Key, StringComparer.Ordinal).Select(variable => variable.Value));
        Assert.DoesNotContain(withAdmins.Subgraphs[0].Process.Environment.Keys, key => key.StartsWith("Users__", StringComparison.Ordinal));
        Assert.DoesNotContain(withAdmins.Gateway.Process.Environment.Keys, key => key.StartsWith("Users__", StringComparison.Ordinal));
    }

    [Fact]
    public void Children_run_in_Development_unless_the_launcher_s_environment_names_one()
    {
        Assert.All(AllChildren(Plan(Defaults, Embedded)), child => Assert.Equal("Development", child.Environment["ASPNETCORE_ENVIRONMENT"]));

        foreach (string variable in (string[])["ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT"])
        {
            PlatformPlan plan = PlatformPlan.Create(Defaults, _hosts, Embedded, Dotnet, name => name == variable ? "Staging" : null);
            Assert.All(AllChildren(plan), child => Assert.False(child.Environment.ContainsKey("ASPNETCORE_ENVIRONMENT")));
        }
    }

    [Fact]
    public void Every_variable_name_survives_the_watchdog_shell()
    {
        // sh drops variables whose names are not shell identifiers (such as log categories with dots).
        PlatformPlan plan = Plan(Defaults with { Postgres = "Host=db" }, Embedded with { PostgresBase = "Host=db" });

        Assert.All(AllChildren(plan).SelectMany(child => child.Environment.Keys), name => Assert.Matches(ShellIdentifier(), name));
    }

    [Fact]
    public void A_host_that_was_not_built_is_a_launch_failure_saying_how_to_build_it()
    {
        File.Delete(Host("GameLibrary.Gateway"));

        LaunchException failure = Assert.Throws<LaunchException>(() => Plan(Defaults, Embedded));

        Assert.Contains("dotnet build apphost", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();

    private PlatformPlan Plan(LaunchOptions options, StoreSettings stores) => PlatformPlan.Create(options, _hosts, stores, Dotnet, _ => null);

    private string Host(string name) => Path.Combine(_root.Path, $"{name}.dll");

    private static IEnumerable<ProcessSpec> AllChildren(PlatformPlan plan) =>
        [plan.Seed, .. plan.Subgraphs.Select(subgraph => subgraph.Process), plan.Gateway.Process];

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex ShellIdentifier();
}
