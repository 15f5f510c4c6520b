using GameLibrary.AppHost.Cli;
using GameLibrary.AppHost.Platform;
using GameLibrary.AppHost.Seeding;
using GameLibrary.AppHost.Tests.Support;
using GameLibrary.Testing;

using Snapshooter.Xunit;

namespace GameLibrary.AppHost.Tests;

public sealed class StartupSummaryTests : IDisposable
{
    private static readonly LaunchOptions Defaults = new(500, false, false, 4000, null, null, TimeSpan.FromSeconds(120));
    private readonly TempDirectory _root = new();
    private readonly HostAssemblies _hosts;

    public StartupSummaryTests()
    {
        _hosts = FakeHosts.In(_root);
    }

    [Fact]
    public void The_summary_gives_the_URLs_the_demo_account_and_a_query_to_try()
    {
        StoreSettings stores = new("127.0.0.1:40123", RedisEmbedded: true, PostgresBase: null);
        PlatformPlan plan = PlatformPlan.Create(Defaults, _hosts, stores, "dotnet", _ => null);
        DemoSession demo = new("demo", DemoData.Password, "eyJ.token", new DateTimeOffset(2030, 1, 2, 3, 4, 0, TimeSpan.Zero));

        string summary = StartupSummary.Create(plan, stores, "/repo", demo);

        Snapshot.Match(summary);
    }

    [Fact]
    public void Without_a_demo_account_the_query_is_anonymous()
    {
        StoreSettings stores = new("redis:6379", RedisEmbedded: false, PostgresBase: "Host=db");
        PlatformPlan plan = PlatformPlan.Create(Defaults with { GatewayPort = 5000 }, _hosts, stores, "dotnet", _ => null);

        string summary = StartupSummary.Create(plan, stores, "/repo", demo: null);

        Snapshot.Match(summary);
    }

    [Fact]
    public void The_example_query_asks_for_fields_both_subgraphs_serve()
    {
        string root = HostAssemblies.FromMetadata(typeof(PlatformLauncher).Assembly).RepositoryRoot;
        string catalog = File.ReadAllText(Path.Combine(root, "schema", "catalog.graphql"));
        string users = File.ReadAllText(Path.Combine(root, "schema", "users.graphql"));

        Assert.Contains("game(id: ID!): Game", catalog, StringComparison.Ordinal);
        Assert.Contains("title: String!", catalog, StringComparison.Ordinal);
        Assert.Contains("genres: [Genre!]!", catalog, StringComparison.Ordinal);
        Assert.Contains("averageRating: Float", users, StringComparison.Ordinal);
        Assert.Contains("viewerRating: Int", users, StringComparison.Ordinal);
        Assert.Contains("viewerEntry: LibraryEntry", users, StringComparison.Ordinal);
        Assert.Contains("status: LibraryStatus!", users, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();
}
