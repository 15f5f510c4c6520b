using System.Text.Json.Nodes;
using GameLibrary.Drills.Tests.Support;
using GameLibrary.Gateway.LoadTest.Platform;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace GameLibrary.Drills.Tests;

/// <summary>
/// Redis stopped (its data lost) and started again, empty: scores are still accepted meanwhile (PostgreSQL decides) and
/// boards still read (from SQL); once Redis is back the scoreboard rebuilds the boards on its own, equal to a rebuild,
/// and a live leaderboard subscription either resumes or ends with an error and can subscribe again.
/// </summary>
[Collection(DrillCollection.Name)]
public sealed class RedisRestartDrill(DrillPlatform fixture, ITestOutputHelper output)
{
    private const string Board = "query($g: ID!) { leaderboard(gameId: $g, first: 100) { entries { score user { displayName } } } }";

    [Fact]
    public async Task Without_Redis_scores_are_accepted_and_after_it_returns_boards_are_rebuilt_and_subscriptions_go_on()
    {
        var platform = fixture.Platform;
        using DrillClient client = await DrillClient.CreateAsync(platform);
        string game = client.Games[5];
        string[] players = await client.RegisterPlayersAsync(2);
        await client.Gateway.WaitUntilScoredAsync(players[0], game, Poll.Patience);
        string subscriptionQuery = $"subscription {{ leaderboardUpdated(gameId: \"{game}\", top: 100) {{ entries {{ score }} }} }}";
        await using LiveSubscription before = await LiveSubscription.OpenAsync(platform.Gateway.GraphQL, subscriptionQuery, Poll.Patience);
        Assert.True(await before.WaitForEventsAsync(1, Poll.Patience));

        await platform.Redis.StopAsync();
        JsonNode? accepted;
        try
        {
            // Accepted at once, not after a retry: the score is PostgreSQL's to decide.
            accepted = await client.Gateway.SubmitScoreAsync(players[1], game, 7_777_001, $"redis-down-{Guid.NewGuid():N}"[..40]);
            Assert.Equal("ACCEPTED", accepted?["data"]?["submitScore"]?["status"]?.GetValue<string>());
            Assert.Contains(7_777_001, await BoardScoresAsync(client.Gateway, game));
        }
        finally
        {
            await platform.Redis.StartAsync();
        }

        await Poll.UntilAsync("the boards rebuilt in the empty Redis", async () =>
        {
            await using ConnectionMultiplexer redis = await ConnectionMultiplexer.ConnectAsync(platform.Redis.Configuration);
            return await redis.GetDatabase().KeyExistsAsync("scoreboard:built");
        });
        Assert.Contains(7_777_001, await BoardScoresAsync(client.Gateway, game));

        // A new best after the return reaches a subscriber: the one from before if it resumed, else a new one.
        int seen = before.Events;
        await using LiveSubscription after = before.Ending is null ? before : await LiveSubscription.OpenAsync(platform.Gateway.GraphQL, subscriptionQuery, Poll.Patience);
        Assert.True(before.Ending is null or "error" or "complete", $"The subscription was cut: {before.Ending}");
        output.WriteLine($"The subscription from before Redis stopped: {before.Ending ?? "resumed"} {before.LastError}");
        Assert.Equal("ACCEPTED", (await client.Gateway.SubmitScoreAsync(players[1], game, 7_777_002, $"redis-back-{Guid.NewGuid():N}"[..40]))?["data"]?["submitScore"]?["status"]?.GetValue<string>());
        Assert.True(await after.WaitForEventsAsync(after == before ? seen + 1 : 1, Poll.Patience), $"No board after Redis returned: {after.Ending} {after.LastError}");
        await Poll.UntilAsync("the new best on the live board", async () => (await BoardScoresAsync(client.Gateway, game)).Contains(7_777_002));

        await BoardSnapshot.AssertEqualsRebuildAsync(platform);
    }

    private static async Task<List<int>> BoardScoresAsync(GraphQLClient gateway, string game)
    {
        (_, JsonNode? body) = await gateway.PostAsync(Board, new JsonObject { ["g"] = game });
        Assert.True(body?["errors"] is null, body?.ToJsonString());
        return [.. body!["data"]!["leaderboard"]!["entries"]!.AsArray().Select(entry => entry!["score"]!.GetValue<int>())];
    }
}
