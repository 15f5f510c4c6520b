using System.Net;
using System.Text.Json.Nodes;
using GameLibrary.Drills.Tests.Support;
using GameLibrary.Gateway.LoadTest.Platform;

namespace GameLibrary.Drills.Tests;

/// <summary>
/// SIGTERM of the gateway and of each subgraph under load (what a deploy or a scale-down sends): the process drains
/// and exits 0, its subscriptions (over WebSocket and over server-sent events) are completed rather than cut, every answer a client got is whole (or a coded refusal
/// of new work), and the platform serves again once the process is started again.
/// </summary>
[Collection(DrillCollection.Name)]
public sealed class TerminationDrill(DrillPlatform fixture)
{
    /// <summary>Longer than the transport's 30 s drain deadline: a process that outlives it is hung.</summary>
    private static readonly TimeSpan ExitPatience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_gateway_finishes_in_flight_requests_completes_subscriptions_and_exits_0()
    {
        var platform = fixture.Platform;
        using DrillClient client = await DrillClient.CreateAsync(platform);
        var variables = new JsonObject { ["id"] = client.Games[3] };
        await using LiveSubscription subscription = await OpenBoardAsync(platform.Gateway.GraphQL, client.Games[3]);
        // Another game: a subscriber joining a shared upstream subscription gets no first board, only later ones.
        await using LiveEventStream sse = await OpenBoardOverSseAsync(platform.Gateway.GraphQL, client.Games[2]);

        // A request surely in flight at the signal: it waits on a frozen subgraph (until its 5 s timeout, or the thaw),
        // sent once the load runs and signalled a second later, well inside that timeout.
        var recommendations = platform["recommendations"].Process;
        Task<(HttpStatusCode Status, JsonNode? Body)> inFlight;
        IReadOnlyList<LoadLoop.Answer> answers;
        int? exitCode;
        await using (var load = new LoadLoop(client.Http, platform.Gateway.GraphQL, "query($id: ID!) { game(id: $id) { title averageRating } }", variables, clients: 4))
        {
            await Poll.UntilAsync("answers before the signal", () => Task.FromResult(load.Answers.Count(answer => answer.Complete) >= 5));
            recommendations.Freeze(true);
            try
            {
                inFlight = client.Gateway.PostAsync("query($id: ID!) { fast: game(id: $id) { title } slow: game(id: $id) { similarGames(first: 2) { score } } }", variables);
                await Task.Delay(TimeSpan.FromSeconds(1));
                Assert.False(inFlight.IsCompleted, "The slow request was answered before the signal.");
                exitCode = await platform.Gateway.TerminateAsync(ExitPatience);
                answers = await load.StopAsync();
            }
            finally
            {
                recommendations.Freeze(false);
            }
        }

        Assert.Equal(0, exitCode);
        (HttpStatusCode status, JsonNode? body) = await inFlight;
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(string.IsNullOrEmpty(body?["data"]?["fast"]?["title"]?.GetValue<string>()), body?.ToJsonString());
        await AssertCompletedAsync(subscription);
        await AssertCompletedAsync(sse);
        AssertWholeOrRefused(answers);

        await platform.RestartAsync(platform.Gateway);
        Assert.True((await client.Gateway.PostAsync("query($id: ID!) { game(id: $id) { title } }", variables)).Body?["data"]?["game"] is not null);
    }

    [Theory]
    [InlineData("catalog")]
    [InlineData("users")]
    [InlineData("scoreboard")]
    [InlineData("recommendations")]
    public async Task A_subgraph_drains_and_exits_0_and_the_gateway_serves_again_after_its_restart(string name)
    {
        var platform = fixture.Platform;
        HostProcess subgraph = platform[name];
        using DrillClient client = await DrillClient.CreateAsync(platform);
        await using LiveSubscription? direct = name == "scoreboard" ? await OpenBoardAsync(subgraph.GraphQL, client.Games[4]) : null;
        await using LiveEventStream? directSse = name == "scoreboard" ? await OpenBoardOverSseAsync(subgraph.GraphQL, client.Games[4]) : null;

        IReadOnlyList<LoadLoop.Answer> answers;
        int? exitCode;
        await using (var load = new LoadLoop(client.Http, subgraph.GraphQL, "{ _service { sdl } }", null, clients: 6))
        {
            await Poll.UntilAsync($"{name} answering before the signal", () => Task.FromResult(load.Answers.Count(answer => answer.Complete) >= 10));
            exitCode = await subgraph.TerminateAsync(ExitPatience);
            answers = await load.StopAsync();
        }

        Assert.Equal(0, exitCode);
        AssertWholeOrRefused(answers);
        if (direct is not null)
        {
            await AssertCompletedAsync(direct);
        }

        if (directSse is not null)
        {
            await AssertCompletedAsync(directSse);
        }

        await platform.RestartAsync(subgraph);
        await Poll.UntilAsync($"the gateway serving {name}'s fields again", async () =>
            (await client.Gateway.PostAsync(
                "query($id: ID!) { game(id: $id) { title averageRating leaderboard(first: 1) { totalPlayers } similarGames(first: 1) { score } } }",
                new JsonObject { ["id"] = client.Games[4] })).Body?["errors"] is null);
    }

    private static Task<LiveSubscription> OpenBoardAsync(Uri graphql, string game) =>
        FirstBoardAsync(LiveSubscription.OpenAsync(graphql, BoardSubscription(game), Poll.Patience));

    private static Task<LiveEventStream> OpenBoardOverSseAsync(Uri graphql, string game) =>
        FirstBoardAsync(LiveEventStream.OpenAsync(graphql, BoardSubscription(game), Poll.Patience));

    private static string BoardSubscription(string game) => $"subscription {{ leaderboardUpdated(gameId: \"{game}\", top: 3) {{ totalPlayers }} }}";

    private static async Task<T> FirstBoardAsync<T>(Task<T> opening)
        where T : LiveStream
    {
        T subscription = await opening;
        Assert.True(await subscription.WaitForEventsAsync(1, Poll.Patience), $"No first board: {subscription.Ending} {subscription.LastError}");
        return subscription;
    }

    /// <summary>
    /// The server ended the subscription itself — complete (the SSE <c>complete</c> event, the WebSocket's complete
    /// message), or the WebSocket closed with 1001 (going away) — not cut.
    /// </summary>
    private static async Task AssertCompletedAsync(LiveStream subscription)
    {
        await Poll.UntilAsync("the subscription ended by the server", () => Task.FromResult(subscription.Ending is not null));
        Assert.True(subscription.Ending is "complete" or "closed EndpointUnavailable", $"The subscription ended with {subscription.Ending} {subscription.LastError}");
    }

    /// <summary>Every answer received is whole, or a coded refusal of new work; none is a 500 or a cut-off body.</summary>
    private static void AssertWholeOrRefused(IReadOnlyList<LoadLoop.Answer> answers)
    {
        Assert.Contains(answers, answer => answer.Complete);
        Assert.All(answers.Where(answer => answer.Status is not null), answer =>
        {
            if (!answer.Complete)
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
                Assert.All(answer.Codes, code => Assert.False(string.IsNullOrEmpty(code), answer.Body?.ToJsonString()));
            }
        });
    }
}
