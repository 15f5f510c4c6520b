using System.Net.Http.Json;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Composition;
using GameLibrary.Gateway.Tests.Ide;
using GameLibrary.Gateway.Tests.Subgraphs.Leaderboard;
using GameLibrary.Gateway.Tests.Support;
using GameLibrary.Testing;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.Tests.Dashboard;

/// <summary>
/// The live leaderboard page in a real browser (Browser/dashboard-session.mjs: Debian's chromium via playwright-core)
/// against the gateway and a GraphQL.NET leaderboard subgraph on loopback: the top 10 arrives over the subscription,
/// a score submitted through the gateway moves the board, and the IDE at /graphql receives leaderboardUpdated events.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class DashboardBrowserTests(SubgraphsFixture subgraphs)
{
    [Fact]
    public async Task The_page_shows_the_top_10_live_and_a_submitted_score_moves_it_and_the_IDE_streams_the_board()
    {
        await using SubgraphServer leaderboard = await SubgraphServer.StartAsync<LeaderboardSchema>(
            "leaderboard", services => services.AddSingleton<BoardStore>());
        using TempDirectory directory = new();
        string supergraph = Path.Combine(directory.Path, "supergraph.graphql");
        await File.WriteAllTextAsync(supergraph, await ComposeAsync(leaderboard));
        await using GatewayServer gateway = await GatewayServer.StartAsync(
            supergraph, subgraphs, new Dictionary<string, string?> { ["Gateway:Subgraphs:leaderboard:Url"] = leaderboard.Url.ToString() });

        JsonNode report = await BrowserSession.RunAsync("dashboard-session.mjs", gateway.Client.BaseAddress!.ToString(), "1");

        Assert.True(report["error"] is null, $"The browser session failed: {report["error"]}\n{report.ToJsonString()}");
        Assert.Equal(["Ada", "Brook", "Cyd", "Dara", "Eli", "Fen", "Gus", "Hana", "Ivo", "Juno"], Names(report["before"]!));
        Assert.Equal("12", report["players"]!.GetValue<string>());
        Assert.Equal(1, report["submitted"]!["data"]!["submitScore"]!.GetValue<int>());
        JsonNode top = report["after"]![0]!;
        Assert.Equal(("1", "Zed", "new"), (top["rank"]!.GetValue<string>(), top["name"]!.GetValue<string>(), top["move"]!.GetValue<string>()));
        Assert.Equal(["Zed", "Ada", "Brook", "Cyd", "Dara", "Eli", "Fen", "Gus", "Hana", "Ivo"], Names(report["after"]!));
        Assert.Equal("▼ 1", report["after"]![1]!["move"]!.GetValue<string>());
        Assert.Equal("13", report["playersAfter"]!.GetValue<string>());
        Assert.Contains(report["editors"]!.AsArray(), editor => editor!.GetValue<string>().Contains("6543", StringComparison.Ordinal));
        string[] elsewhere = BrowserSession.Elsewhere(report);
        Assert.True(elsewhere.Length == 0, $"The page or the IDE made requests beyond the gateway:\n{string.Join('\n', elsewhere)}");
    }

    private static string[] Names(JsonNode rows) => [.. rows.AsArray().Select(row => row!["name"]!.GetValue<string>())];

    private static async Task<string> ComposeAsync(SubgraphServer subgraph)
    {
        using HttpClient http = new();
        using HttpResponseMessage response = await http.PostAsJsonAsync(subgraph.Url, new { query = "{ _service { sdl } }" });
        string sdl = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["_service"]!["sdl"]!.GetValue<string>();
        CompositionResult composed = SupergraphComposer.Compose([new SubgraphDefinition("leaderboard", subgraph.Url.ToString(), sdl)]);
        Assert.True(composed.Succeeded, string.Join('\n', composed.Errors.Select(e => e.ToString())));
        return composed.Supergraph!;
    }
}
