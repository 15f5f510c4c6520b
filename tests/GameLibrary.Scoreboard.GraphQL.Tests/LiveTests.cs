using System.Text.Json.Nodes;

using GameLibrary.Scoreboard.GraphQL.Tests.Support;

namespace GameLibrary.Scoreboard.GraphQL.Tests;

/// <summary>Subscriptions across instances: two scoreboard hosts on one Redis (or one Garnet) and one database.</summary>
public sealed class LiveTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_subscriber_on_one_instance_sees_a_score_submitted_on_another(bool postgres)
    {
        await using ScoreboardApi first = await ScoreboardApi.StartAsync(postgres, postgres
            ? null
            : new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = SharedGarnet.Configuration });
        await using ScoreboardApi second = await first.StartReplicaAsync();
        await first.AnnounceGameAsync(5);
        await ScoreboardApi.EventuallyAsync(() => second.QueryDbAsync(db => System.Threading.Tasks.Task.FromResult(db.KnownGames.Any(g => g.GameId == 5))));
        Guid early = Guid.NewGuid();
        await second.SubmitAsync(second.Token(early), 5, 10);

        await using GraphQLWebSocket socket = await GraphQLWebSocket.ConnectAsync(first.App);
        await socket.SubscribeAsync("s1", """subscription { leaderboardUpdated(gameId: "5", top: 3) { totalPlayers entries { rank score user { id } } } }""");
        JsonNode initial = await socket.ReceiveAsync();
        Assert.Equal(1, initial["payload"]!["data"]!["leaderboardUpdated"]!["totalPlayers"]!.GetValue<int>());

        Guid player = Guid.NewGuid();
        await second.SubmitAsync(second.Token(player), 5, 99);
        JsonNode update = await socket.ReceiveAsync();

        Assert.Equal("next", update["type"]!.GetValue<string>());
        JsonNode board = update["payload"]!["data"]!["leaderboardUpdated"]!;
        Assert.Equal(2, board["totalPlayers"]!.GetValue<int>());
        Assert.Equal(player.ToString(), board["entries"]![0]!["user"]!["id"]!.GetValue<string>());
        Assert.Equal(99, board["entries"]![0]!["score"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_player_is_told_of_an_achievement_unlocked_through_another_instance()
    {
        await using ScoreboardApi first = await ScoreboardApi.StartAsync();
        await using ScoreboardApi second = await first.StartReplicaAsync();
        await first.AnnounceGameAsync(5);
        await ScoreboardApi.EventuallyAsync(() => second.QueryDbAsync(db => System.Threading.Tasks.Task.FromResult(db.KnownGames.Any(g => g.GameId == 5))));
        Guid player = Guid.NewGuid();

        await using GraphQLWebSocket socket = await GraphQLWebSocket.ConnectAsync(first.App, first.Token(player));
        await socket.SubscribeAsync("a1", "subscription { achievementUnlocked { name game { id } } }");
        await Task.Delay(200);
        await second.SubmitAsync(second.Token(Guid.NewGuid()), 5, 150);
        await second.SubmitAsync(second.Token(player), 5, 150);

        List<string> names = [];
        for (int i = 0; i < 2; i++)
        {
            names.Add((await socket.ReceiveAsync())["payload"]!["data"]!["achievementUnlocked"]!["name"]!.GetValue<string>());
        }

        Assert.Equal(["SCORE_100", "TOP_10"], names.Order(StringComparer.Ordinal));
    }
}
