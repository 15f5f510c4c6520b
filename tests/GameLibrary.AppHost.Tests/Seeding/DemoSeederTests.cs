using System.Globalization;
using System.Text.Json.Nodes;

using GameLibrary.AppHost.Seeding;
using GameLibrary.AppHost.Tests.Support;

namespace GameLibrary.AppHost.Tests.Seeding;

/// <summary>The demo data is written through the real users subgraph, hosted in-process.</summary>
public sealed class DemoSeederTests
{
    private readonly List<string> _reports = [];

    [Fact]
    public async Task The_demo_accounts_libraries_and_ratings_make_average_rating_and_viewer_entry_show_something()
    {
        await using UsersSubgraphHost users = await UsersSubgraphHost.StartAsync();
        GraphQLClient client = new(users.Client, users.GraphQLUrl);
        await users.AnnounceGamesAsync(10);

        DemoSession session = await new DemoSeeder(client, _reports.Add).SeedAsync(10, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(("demo", DemoData.Password), (session.Username, session.Password));
        Assert.True(session.ExpiresAt > DateTimeOffset.UtcNow);
        JsonNode game = await GameAsync(client, 1, session.Token);
        double expected = DemoData.Accounts.SelectMany(account => account.Entries).Where(entry => entry.GameId == 1).Average(entry => entry.Rating!.Value);
        Assert.Equal(expected, game["averageRating"]!.GetValue<double>(), precision: 6);
        Assert.Equal(3, game["ratingsCount"]!.GetValue<int>());
        Assert.Equal("PLAYING", game["viewerEntry"]!["status"]!.GetValue<string>());
        Assert.Equal("demo account demo: registered; library entries added: 5, ratings set: 4", _reports[0]);
    }

    [Fact]
    public async Task Seeding_again_keeps_what_exists()
    {
        await using UsersSubgraphHost users = await UsersSubgraphHost.StartAsync();
        GraphQLClient client = new(users.Client, users.GraphQLUrl);
        await users.AnnounceGamesAsync(5);
        await new DemoSeeder(client, _ => { }).SeedAsync(5, TimeSpan.FromSeconds(30), CancellationToken.None);

        DemoSession again = await new DemoSeeder(client, _reports.Add).SeedAsync(5, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(
            [
                "demo account demo: exists; library entries added: 0, ratings set: 4",
                "demo account alice: exists; library entries added: 0, ratings set: 3",
                "demo account bob: exists; library entries added: 0, ratings set: 2",
            ],
            _reports);
        JsonNode library = await client.ExecuteAsync("{ me { library { totalCount } } }", null, again.Token, CancellationToken.None);
        Assert.Equal(5, library["me"]!["library"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Games_the_users_subgraph_has_not_heard_of_yet_are_waited_for()
    {
        await using UsersSubgraphHost users = await UsersSubgraphHost.StartAsync();
        GraphQLClient client = new(users.Client, users.GraphQLUrl);

        Task<DemoSession> seeding = new DemoSeeder(client, _reports.Add).SeedAsync(5, TimeSpan.FromSeconds(30), CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(seeding.IsCompleted);
        await users.AnnounceGamesAsync(5);
        DemoSession session = await seeding.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("PLAYING", (await GameAsync(client, 1, session.Token))["viewerEntry"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Entries_of_games_beyond_a_small_catalog_are_skipped()
    {
        await using UsersSubgraphHost users = await UsersSubgraphHost.StartAsync();
        GraphQLClient client = new(users.Client, users.GraphQLUrl);
        await users.AnnounceGamesAsync(2);

        await new DemoSeeder(client, _reports.Add).SeedAsync(2, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal("demo account demo: registered; library entries added: 2, ratings set: 2", _reports[0]);
    }

    [Fact]
    public async Task A_game_that_never_arrives_ends_the_wait_with_advice()
    {
        await using UsersSubgraphHost users = await UsersSubgraphHost.StartAsync();
        GraphQLClient client = new(users.Client, users.GraphQLUrl);

        GraphQLException failure = await Assert.ThrowsAsync<GraphQLException>(() =>
            new DemoSeeder(client, _reports.Add).SeedAsync(5, TimeSpan.FromSeconds(1), CancellationToken.None));

        Assert.Equal("NOT_FOUND", failure.Code);
        Assert.Contains("--reseed", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_finds_the_demo_account_only_once_it_exists()
    {
        await using UsersSubgraphHost users = await UsersSubgraphHost.StartAsync();
        GraphQLClient client = new(users.Client, users.GraphQLUrl);
        DemoSeeder seeder = new(client, _ => { });
        Assert.Null(await seeder.SignInAsync(CancellationToken.None));

        await seeder.SeedAsync(0, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.NotNull(await seeder.SignInAsync(CancellationToken.None));
    }

    private static async Task<JsonNode> GameAsync(GraphQLClient client, long id, string token)
    {
        JsonNode data = await client.ExecuteAsync(
            "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Game { averageRating ratingsCount viewerEntry { status } } } }",
            new JsonObject { ["representations"] = new JsonArray(new JsonObject { ["__typename"] = "Game", ["id"] = id.ToString(CultureInfo.InvariantCulture) }) },
            token,
            CancellationToken.None);
        return data["_entities"]![0]!;
    }
}
