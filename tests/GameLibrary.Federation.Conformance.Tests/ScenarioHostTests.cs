using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Conformance.Tests.Fixtures;
using GameLibrary.Federation.Conformance.Tests.Harness;

namespace GameLibrary.Federation.Conformance.Tests;

/// <summary>The harness's hosting mechanics, without a gateway: live subgraphs per scenario, a refusing port for "down" ones.</summary>
public sealed class ScenarioHostTests
{
    [Fact]
    public async Task Every_subgraph_of_a_scenario_serves_its_own_sdl_on_loopback()
    {
        Scenario scenario = ScenarioCatalog.Load(ScenarioCatalog.ScenarioNames()[0]);
        await using ScenarioHost host = await ScenarioHost.StartAsync(scenario);

        Assert.Equal(scenario.Subgraphs.Select(subgraph => subgraph.Name), host.SubgraphUrls.Keys);
        foreach (FixtureSubgraphDefinition subgraph in scenario.Subgraphs)
        {
            Uri url = host.SubgraphUrls[subgraph.Name];
            Assert.Equal("127.0.0.1", url.Host);
            (_, JsonObject body) = await FixtureClient.PostAsync(url, "{ _service { sdl } }");
            Assert.Equal(subgraph.Sdl, body["data"]!["_service"]!["sdl"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_down_subgraph_url_refuses_connections()
    {
        Scenario scenario = ScenarioCatalog.Load(ScenarioCatalog.ScenarioNames()[0]);
        await using ScenarioHost host = await ScenarioHost.StartAsync(scenario);
        using HttpClient client = new();

        HttpRequestException refused = await Assert.ThrowsAsync<HttpRequestException>(
            () => client.PostAsJsonAsync(host.DownUrl, new { query = "{ __typename }" }));

        Assert.Equal(SocketError.ConnectionRefused, Assert.IsType<SocketException>(refused.InnerException).SocketErrorCode);
    }
}
