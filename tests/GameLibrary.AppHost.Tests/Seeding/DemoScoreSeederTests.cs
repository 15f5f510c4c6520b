using System.Text.Json.Nodes;

using GameLibrary.AppHost.Seeding;
using GameLibrary.AppHost.Tests.Support;

namespace GameLibrary.AppHost.Tests.Seeding;

/// <summary>The demo scores are submitted through the real scoreboard subgraph, as the demo players signed in at users.</summary>
public sealed class DemoScoreSeederTests
{
    private const string Board =
        """{ leaderboard(gameId: "1") { totalPlayers entries { rank score user { id } } } }""";

    private readonly List<string> _reports = [];

    [Fact]
    public async Task The_first_games_boards_get_the_demo_players_in_score_order_and_a_restart_adds_nothing()
    {
        await using InProcessSubgraph users = await InProcessSubgraph.StartUsersAsync();
        await using InProcessSubgraph scoreboard = await InProcessSubgraph.StartScoreboardAsync();
        await users.AnnounceGamesAsync(5);
        await scoreboard.AnnounceGamesAsync(5);
        DemoSeeder accounts = new(new GraphQLClient(users.Client, users.GraphQLUrl), _ => { });
        await accounts.SeedAsync(5, TimeSpan.FromSeconds(30), CancellationToken.None);
        GraphQLClient client = new(scoreboard.Client, scoreboard.GraphQLUrl);

        int first = await new DemoScoreSeeder(client, accounts.LoginAsync, _reports.Add).SeedAsync(5, TimeSpan.FromSeconds(30), CancellationToken.None);
        int again = await new DemoScoreSeeder(client, accounts.LoginAsync, _reports.Add).SeedAsync(5, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal((DemoData.Scores.Count, 0), (first, again));
        Assert.Equal(
            [
                $"demo scores: {DemoData.Scores.Count} of {DemoData.Scores.Count} submitted to the first games' leaderboards",
                $"demo scores: {DemoData.Scores.Count} kept from an earlier start",
            ],
            _reports);
        JsonNode board = (await client.ExecuteAsync(Board, null, null, CancellationToken.None))["leaderboard"]!;
        int[] expected = [.. DemoData.Scores.Where(score => score.GameId == 1).Select(score => score.Points).OrderDescending()];
        Assert.Equal(expected.Length, board["totalPlayers"]!.GetValue<int>());
        Assert.Equal(expected, board["entries"]!.AsArray().Select(entry => entry!["score"]!.GetValue<int>()));
        Assert.Equal([1, 2, 3], board["entries"]!.AsArray().Select(entry => entry!["rank"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Games_the_scoreboard_has_not_heard_of_yet_are_waited_for_and_games_beyond_the_catalog_skipped()
    {
        await using InProcessSubgraph users = await InProcessSubgraph.StartUsersAsync();
        await using InProcessSubgraph scoreboard = await InProcessSubgraph.StartScoreboardAsync();
        await users.AnnounceGamesAsync(2);
        DemoSeeder accounts = new(new GraphQLClient(users.Client, users.GraphQLUrl), _ => { });
        await accounts.SeedAsync(2, TimeSpan.FromSeconds(30), CancellationToken.None);
        GraphQLClient client = new(scoreboard.Client, scoreboard.GraphQLUrl);

        Task<int> seeding = new DemoScoreSeeder(client, accounts.LoginAsync, _reports.Add).SeedAsync(2, TimeSpan.FromSeconds(30), CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(seeding.IsCompleted);
        await scoreboard.AnnounceGamesAsync(2);

        Assert.Equal(DemoData.Scores.Count(score => score.GameId <= 2), await seeding.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_game_that_never_reaches_the_scoreboard_ends_the_wait_with_advice()
    {
        await using InProcessSubgraph users = await InProcessSubgraph.StartUsersAsync();
        await using InProcessSubgraph scoreboard = await InProcessSubgraph.StartScoreboardAsync();
        await users.AnnounceGamesAsync(5);
        DemoSeeder accounts = new(new GraphQLClient(users.Client, users.GraphQLUrl), _ => { });
        await accounts.SeedAsync(5, TimeSpan.FromSeconds(30), CancellationToken.None);

        GraphQLException refused = await Assert.ThrowsAsync<GraphQLException>(() =>
            new DemoScoreSeeder(new GraphQLClient(scoreboard.Client, scoreboard.GraphQLUrl), accounts.LoginAsync, _reports.Add)
                .SeedAsync(5, TimeSpan.FromSeconds(1), CancellationToken.None));

        Assert.Equal(("BAD_USER_INPUT", "gameId"), (refused.Code, refused.Field));
        Assert.Contains("--reseed", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulated_players_keep_raising_their_bests_so_the_board_moves_until_stopped()
    {
        await using InProcessSubgraph users = await InProcessSubgraph.StartUsersAsync();
        await using InProcessSubgraph scoreboard = await InProcessSubgraph.StartScoreboardAsync();
        await users.AnnounceGamesAsync(5);
        await scoreboard.AnnounceGamesAsync(5);
        DemoSeeder accounts = new(new GraphQLClient(users.Client, users.GraphQLUrl), _ => { });
        await accounts.SeedAsync(5, TimeSpan.FromSeconds(30), CancellationToken.None);
        GraphQLClient client = new(scoreboard.Client, scoreboard.GraphQLUrl);
        await new DemoScoreSeeder(client, accounts.LoginAsync, _ => { }).SeedAsync(5, TimeSpan.FromSeconds(30), CancellationToken.None);
        int demoTop = DemoData.Scores.Where(score => score.GameId == 1).Max(score => score.Points);

        using CancellationTokenSource stop = new();
        Task simulation = new LeaderboardSimulator(client, accounts.LoginAsync, _reports.Add).RunAsync(1, TimeSpan.FromMilliseconds(50), stop.Token);
        int top = demoTop;
        for (int attempt = 0; attempt < 600 && top <= demoTop; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
            top = (await client.ExecuteAsync(Board, null, null, CancellationToken.None))["leaderboard"]!["entries"]![0]!["score"]!.GetValue<int>();
        }

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => simulation);
        Assert.True(top > demoTop, $"the top score stayed {top}");
        Assert.Empty(_reports);
    }
}
