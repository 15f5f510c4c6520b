using System.Globalization;
using System.Text.Json.Nodes;

using GameLibrary.AppHost.Seeding;
using GameLibrary.AppHost.Tests.Support;
using GameLibrary.Testing;

namespace GameLibrary.AppHost.Tests.Seeding;

/// <summary>The demo data is written through the real users subgraph, hosted in-process.</summary>
public sealed class DemoSeederTests
{
    private readonly List<string> _reports = [];

    [Fact]
    public async Task The_demo_accounts_libraries_and_ratings_make_average_rating_and_viewer_entry_show_something()
    {
        await using InProcessSubgraph users = await InProcessSubgraph.StartUsersAsync();
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
        Assert.Equal(
            [
                "demo account alice: registered; library entries added: 2, ratings set: 4",
                "demo account bob: registered; library entries added: 1, ratings set: 4",
                "demo account demo: registered; library entries added: 5, ratings set: 4",
            ],
            _reports);
    }

    [Fact]
    public async Task The_first_five_games_all_have_ratings_to_show()
    {
        await using InProcessSubgraph users = await InProcessSubgraph.StartUsersAsync();
        GraphQLClient client = new(users.Client, users.GraphQLUrl);
        await users.AnnounceGamesAsync(5);

        DemoSession session = await new DemoSeeder(client, _ => { }).SeedAsync(5, TimeSpan.FromSeconds(30), CancellationToken.None);

        for (long id = 1; id <= 5; id++)
        {
            JsonNode game = await GameAsync(client, id, session.Token);
            Assert.True(game["ratingsCount"]!.GetValue<int>() >= 2, $"game {id} has fewer than two ratings");
        }
    }

    [Fact]
    public async Task A_restart_seeds_nothing_and_keeps_what_players_changed()
    {
        using TempDirectory data = new();
        string token;
        await using (InProcessSubgraph first = await InProcessSubgraph.StartUsersAsync(data))
        {
            GraphQLClient client = new(first.Client, first.GraphQLUrl);
            await first.AnnounceGamesAsync(5);
            token = (await new DemoSeeder(client, _ => { }).SeedAsync(5, TimeSpan.FromSeconds(30), CancellationToken.None)).Token;

            // The player changes their mind: 9 becomes 3, and a wishlisted game leaves the library.
            await client.ExecuteAsync("mutation { rateGame(gameId: \"1\", rating: 3) { id } }", null, token, CancellationToken.None);
            await client.ExecuteAsync("mutation { removeFromLibrary(gameId: \"4\") }", null, token, CancellationToken.None);
        }

        await using InProcessSubgraph restarted = await InProcessSubgraph.StartUsersAsync(data);
        GraphQLClient again = new(restarted.Client, restarted.GraphQLUrl);
        DemoSession session = await new DemoSeeder(again, _reports.Add).SeedAsync(5, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(["demo data: kept from an earlier start, with any ratings and library changes since (--reseed starts afresh)"], _reports);
        JsonNode game = await GameAsync(again, 1, session.Token);
        Assert.Equal(3, game["viewerRating"]!.GetValue<int>());
        Assert.Equal((3 + 7 + 10) / 3.0, game["averageRating"]!.GetValue<double>(), precision: 6);
        JsonNode library = await again.ExecuteAsync("{ me { library { totalCount } } }", null, session.Token, CancellationToken.None);
        Assert.Equal(4, library["me"]!["library"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_run_that_stopped_half_way_is_completed_keeping_what_exists()
    {
        await using InProcessSubgraph users = await InProcessSubgraph.StartUsersAsync();
        GraphQLClient client = new(users.Client, users.GraphQLUrl);
        await users.AnnounceGamesAsync(5);
        DemoAccount alice = DemoData.Accounts[0];
        JsonNode registered = await client.ExecuteAsync(
            "mutation { register(username: \"alice\", email: \"alice@example.com\", password: \"gamelibrary-42\") { token } }", null, null, CancellationToken.None);
        await client.ExecuteAsync(
            "mutation { addToLibrary(gameId: \"1\", status: COMPLETED) { status } }", null, registered["register"]!["token"]!.GetValue<string>(), CancellationToken.None);

        await new DemoSeeder(client, _reports.Add).SeedAsync(5, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal("alice", alice.Username);
        Assert.Equal(
            [
                "demo account alice: exists; library entries added: 1, ratings set: 4",
                "demo account bob: registered; library entries added: 1, ratings set: 4",
                "demo account demo: registered; library entries added: 5, ratings set: 4",
            ],
            _reports);
    }

    [Fact]
    public async Task Games_the_users_subgraph_has_not_heard_of_yet_are_waited_for()
    {
        await using InProcessSubgraph users = await InProcessSubgraph.StartUsersAsync();
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
        await using InProcessSubgraph users = await InProcessSubgraph.StartUsersAsync();
        GraphQLClient client = new(users.Client, users.GraphQLUrl);
        await users.AnnounceGamesAsync(2);

        await new DemoSeeder(client, _reports.Add).SeedAsync(2, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal("demo account demo: registered; library entries added: 2, ratings set: 2", _reports[^1]);
    }

    [Fact]
    public async Task A_game_that_never_arrives_ends_the_wait_with_advice()
    {
        await using InProcessSubgraph users = await InProcessSubgraph.StartUsersAsync();
        GraphQLClient client = new(users.Client, users.GraphQLUrl);

        GraphQLException failure = await Assert.ThrowsAsync<GraphQLException>(() =>
            new DemoSeeder(client, _reports.Add).SeedAsync(5, TimeSpan.FromSeconds(1), CancellationToken.None));

        Assert.Equal("NOT_FOUND", failure.Code);
        Assert.Contains("--reseed", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_finds_the_demo_account_only_once_it_exists()
    {
        await using InProcessSubgraph users = await InProcessSubgraph.StartUsersAsync();
        GraphQLClient client = new(users.Client, users.GraphQLUrl);
        DemoSeeder seeder = new(client, _ => { });
        Assert.Null(await seeder.SignInAsync(CancellationToken.None));

        await seeder.SeedAsync(0, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.NotNull(await seeder.SignInAsync(CancellationToken.None));
    }

    private static async Task<JsonNode> GameAsync(GraphQLClient client, long id, string token)
    {
        JsonNode data = await client.ExecuteAsync(
            "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Game { averageRating ratingsCount viewerRating viewerEntry { status } } } }",
            new JsonObject { ["representations"] = new JsonArray(new JsonObject { ["__typename"] = "Game", ["id"] = id.ToString(CultureInfo.InvariantCulture) }) },
            token,
            CancellationToken.None);
        return data["_entities"]![0]!;
    }
}
