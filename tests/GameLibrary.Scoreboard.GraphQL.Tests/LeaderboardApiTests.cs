using GameLibrary.Scoreboard.GraphQL.Tests.Support;
using GameLibrary.Scoreboard.Players;
using GameLibrary.Testing;

namespace GameLibrary.Scoreboard.GraphQL.Tests;

/// <summary>Boards through the API: pages with opaque cursors, limits, regions, users' fields, entity references.</summary>
public sealed class LeaderboardApiTests
{
    private const string Page = """
        query($gameId: ID!, $first: Int, $after: String, $window: LeaderboardWindow, $region: Region, $minScore: Int) {
          leaderboard(gameId: $gameId, first: $first, after: $after, window: $window, region: $region, minScore: $minScore) {
            gameId window region totalPlayers
            entries { rank score cursor user { id } game { id } }
            pageInfo { hasNextPage hasPreviousPage endCursor }
          }
        }
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Pages_follow_cursors_and_limits_are_enforced(bool postgres)
    {
        await using ScoreboardApi api = await ScoreboardApi.StartAsync(postgres);
        await api.AnnounceGameAsync(3);
        List<Guid> players = [.. Enumerable.Range(0, 5).Select(_ => Guid.NewGuid())];
        for (int i = 0; i < players.Count; i++)
        {
            api.Token(players[i]);
            (await api.SubmitAsync(api.Token(players[i]), 3, 100 * (i + 1))).Ok.ToString();
        }

        GraphQLResponse first = await api.PostAsync(Page, new { gameId = "3", first = 2 });
        string after = first.Ok["leaderboard"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        GraphQLResponse second = await api.PostAsync(Page, new { gameId = "3", first = 2, after });

        Assert.Equal(5, first.Ok["leaderboard"]!["totalPlayers"]!.GetValue<int>());
        Assert.Equal([500, 400], first.Ok["leaderboard"]!["entries"]!.AsArray().Select(e => e!["score"]!.GetValue<int>()));
        Assert.Equal([300, 200], second.Ok["leaderboard"]!["entries"]!.AsArray().Select(e => e!["score"]!.GetValue<int>()));
        Assert.Equal([3, 4], second.Ok["leaderboard"]!["entries"]!.AsArray().Select(e => e!["rank"]!.GetValue<int>()));
        Assert.True(second.Ok["leaderboard"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(players[4].ToString(), first.Ok["leaderboard"]!["entries"]![0]!["user"]!["id"]!.GetValue<string>());
        Assert.Equal("ALL_TIME", first.Ok["leaderboard"]!["window"]!.GetValue<string>());

        Assert.Equal(["first"], (await api.PostAsync(Page, new { gameId = "3", first = 101 })).ErrorFields);
        Assert.Equal(["after"], (await api.PostAsync(Page, new { gameId = "3", after = "bm90LWEtY3Vyc29y" })).ErrorFields);
        Assert.Equal(["gameId"], (await api.PostAsync(Page, new { gameId = "-3" })).ErrorFields);
        Assert.Equal([300, 400, 500], (await api.PostAsync(Page, new { gameId = "3", minScore = 300 })).Ok["leaderboard"]!["entries"]!.AsArray()
            .Select(e => e!["score"]!.GetValue<int>()).Order());
    }

    [Fact]
    public async Task A_user_entity_has_rank_stats_best_scores_achievements_and_a_friends_board()
    {
        await using ScoreboardApi api = await ScoreboardApi.StartAsync();
        await api.AnnounceGameAsync(3);
        Guid me = Guid.NewGuid();
        Guid friend = Guid.NewGuid();
        Guid stranger = Guid.NewGuid();
        await api.RegisterAsync(me, Region.EU);
        await api.SubmitAsync(api.Token(me), 3, 600);
        await api.SubmitAsync(api.Token(friend), 3, 700);
        await api.SubmitAsync(api.Token(stranger), 3, 800);

        GraphQLResponse response = await api.PostAsync(
            """
            query($representations: [_Any!]!) {
              _entities(representations: $representations) {
                ... on User {
                  id
                  rank(gameId: "3") { rank score percentile }
                  euRank: rank(gameId: "3", window: DAILY, region: EU) { rank }
                  stats(gameId: "3") { totalSubmissions best dailyStreak weeklyTrend achievementCount nextMilestone }
                  bestScores { score rank game { id } }
                  achievements { name }
                  friendsLeaderboard(gameId: "3") { totalPlayers entries { rank score user { id } } }
                }
              }
            }
            """,
            new { representations = new object[] { new { __typename = "User", id = me.ToString(), followingIds = new[] { friend.ToString() } } } });

        var user = response.Ok["_entities"]![0]!;
        Assert.Equal(3, user["rank"]!["rank"]!.GetValue<int>());
        Assert.Equal(600, user["rank"]!["score"]!.GetValue<int>());
        Assert.Equal(33.33, user["rank"]!["percentile"]!.GetValue<double>());
        Assert.Equal(1, user["euRank"]!["rank"]!.GetValue<int>());
        Assert.Equal(1, user["stats"]!["totalSubmissions"]!.GetValue<int>());
        Assert.Equal(1, user["stats"]!["dailyStreak"]!.GetValue<int>());
        Assert.Equal(5000, user["stats"]!["nextMilestone"]!.GetValue<int>());
        Assert.Equal(3, user["bestScores"]![0]!["rank"]!.GetValue<int>());
        // First place was reached with the first score on the game, before the others came.
        Assert.Equal(["FIRST_PLACE", "SCORE_100", "SCORE_500", "TOP_10"], user["achievements"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()).Order());
        Assert.Equal(
            [(1, friend.ToString()), (2, me.ToString())],
            user["friendsLeaderboard"]!["entries"]!.AsArray().Select(e => (e!["rank"]!.GetValue<int>(), e["user"]!["id"]!.GetValue<string>())));
    }

    [Fact]
    public async Task A_game_entity_has_its_leaderboard()
    {
        await using ScoreboardApi api = await ScoreboardApi.StartAsync(postgres: false);
        await api.AnnounceGameAsync(3);
        await api.SubmitAsync(api.Token(Guid.NewGuid()), 3, 42);

        GraphQLResponse response = await api.PostAsync(
            """query { _entities(representations: [{__typename: "Game", id: "3"}]) { ... on Game { leaderboard(first: 5) { entries { score } } } } }""");

        Assert.Equal(42, response.Ok["_entities"]![0]!["leaderboard"]!["entries"]![0]!["score"]!.GetValue<int>());
    }
}
