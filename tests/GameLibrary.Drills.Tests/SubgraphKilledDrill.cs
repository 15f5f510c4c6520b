using System.Net;
using System.Text.Json.Nodes;
using GameLibrary.Drills.Tests.Support;

namespace GameLibrary.Drills.Tests;

/// <summary>
/// A subgraph killed (SIGKILL) under load: while it is gone the gateway answers what the other subgraphs hold, with an
/// error carrying a code for the missing part; once it is started again the same answers are whole, without the gateway
/// being restarted.
/// </summary>
[Collection(DrillCollection.Name)]
public sealed class SubgraphKilledDrill(DrillPlatform fixture)
{
    private const string Query = "query($id: ID!) { game(id: $id) { title averageRating } }";

    [Fact]
    public async Task A_killed_subgraph_gives_partial_data_with_coded_errors_then_whole_answers_after_its_restart()
    {
        var platform = fixture.Platform;
        using DrillClient client = await DrillClient.CreateAsync(platform);
        int gateway = platform.Gateway.Process.Id;
        var variables = new JsonObject { ["id"] = client.Games[0] };

        await using var load = new LoadLoop(client.Http, platform.Gateway.GraphQL, Query, variables, clients: 4);
        await Poll.UntilAsync("whole answers before the kill", () => Task.FromResult(load.Answers.Any(answer => answer.Complete)));
        platform["users"].Kill();
        int before = load.Answers.Count;
        await Poll.UntilAsync("partial answers while users is down", () => Task.FromResult(load.Answers.Skip(before).Count(answer => !answer.Complete) >= 5));

        await platform.RestartAsync(platform["users"]);
        int restarted = load.Answers.Count;
        await Poll.UntilAsync("whole answers after the restart", () => Task.FromResult(load.Answers.Skip(restarted).Count(answer => answer.Complete) >= 5));
        IReadOnlyList<LoadLoop.Answer> answers = await load.StopAsync();

        Assert.Equal(gateway, platform.Gateway.Process.Id);
        Assert.All(answers, answer =>
        {
            // Every answer, whole or not, is a 200 whose catalog part is there: the users outage costs only its fields.
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.False(string.IsNullOrEmpty(answer.Body?["data"]?["game"]?["title"]?.GetValue<string>()), answer.Body?.ToJsonString());
            if (!answer.Complete)
            {
                Assert.All(answer.Codes, code => Assert.False(string.IsNullOrEmpty(code), answer.Body!.ToJsonString()));
                Assert.Null(answer.Body!["data"]!["game"]!["averageRating"]);
            }
        });
    }
}
