using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using GameLibrary.Drills.Tests.Support;

namespace GameLibrary.Drills.Tests;

/// <summary>
/// A subgraph that stops answering (frozen with SIGSTOP: connections accepted by the kernel, never served): its fields
/// fail with SUBREQUEST_TIMEOUT after its own timeout, the rest of the answer is still served, and queries on the other
/// subgraphs go on being answered meanwhile — no thread or connection starvation behind the hung one.
/// </summary>
[Collection(DrillCollection.Name)]
public sealed class SlowSubgraphDrill(DrillPlatform fixture)
{
    private const string SlowQuery = "query($id: ID!) { fast: game(id: $id) { title } slow: game(id: $id) { similarGames(first: 3) { score } } }";
    private const string OtherQuery = "query($id: ID!) { game(id: $id) { title averageRating leaderboard(first: 3) { totalPlayers } } }";

    [Fact]
    public async Task A_hung_subgraph_times_out_on_its_own_fields_while_the_others_keep_answering()
    {
        var platform = fixture.Platform;
        using DrillClient client = await DrillClient.CreateAsync(platform);
        var variables = new JsonObject { ["id"] = client.Games[1] };
        var recommendations = platform["recommendations"].Process;

        recommendations.Freeze(true);
        LoadLoop.Answer[] others;
        (HttpStatusCode Status, JsonNode? Body) slow;
        var waited = Stopwatch.StartNew();
        try
        {
            await using var load = new LoadLoop(client.Http, platform.Gateway.GraphQL, OtherQuery, variables, clients: 3);
            slow = await client.Gateway.PostAsync(SlowQuery, variables);
            waited.Stop();
            others = [.. await load.StopAsync()];
        }
        finally
        {
            recommendations.Freeze(false);
        }

        Assert.Equal(HttpStatusCode.OK, slow.Status);
        Assert.False(string.IsNullOrEmpty(slow.Body?["data"]?["fast"]?["title"]?.GetValue<string>()), slow.Body?.ToJsonString());
        Assert.Null(slow.Body!["data"]!["slow"]);
        Assert.Contains("SUBREQUEST_TIMEOUT", slow.Body["errors"]!.AsArray().Select(error => error!["extensions"]?["code"]?.GetValue<string>()));
        Assert.True(waited.Elapsed >= DrillPlatform.RecommendationsTimeout, "The slow answer came before the subgraph's timeout.");

        // While the gateway waited on the hung subgraph, the other subgraphs' queries were answered, whole.
        Assert.True(others.Length >= 3, $"Only {others.Length} other queries were answered while the slow one waited.");
        Assert.All(others, answer => Assert.True(answer.Complete, answer.Body?.ToJsonString() ?? answer.Failure?.Message));

        await Poll.UntilAsync("similarGames answered again after the thaw", async () =>
            (await client.Gateway.PostAsync(SlowQuery, variables)).Body?["errors"] is null);
    }
}
