using System.Net;

using GameLibrary.Gateway.Tests.Support;
using GameLibrary.Testing;

using Microsoft.Extensions.Logging;

namespace GameLibrary.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class MetricsTests(SubgraphsFixture subgraphs)
{
    [Fact]
    public async Task Metrics_count_supergraph_loads_and_rejections_and_show_HTTP_traffic()
    {
        using TempDirectory directory = new();
        string watched = Path.Combine(directory.Path, "supergraph.graphql");
        File.Copy(TestSupergraphs.V1, watched);
        await using GatewayServer gateway = await GatewayServer.StartAsync(watched, subgraphs);
        await gateway.SwapToAsync(TestSupergraphs.V2, watched);
        WatchedFile.Replace(watched, "not a supergraph");
        await gateway.WaitForLogAsync(LogLevel.Error, "Rejected the supergraph");
        await gateway.PostAsync("{ product(id: 1) { name reviews { body } } }");

        // The exporter caches a scrape briefly; ask until it shows the rejection.
        string text = await Eventually.UntilAsync(
            () => gateway.Client.GetStringAsync("/metrics"),
            scraped => scraped.Contains("outcome=\"rejected\"", StringComparison.Ordinal),
            "the rejection is exported");

        Assert.Equal(HttpStatusCode.OK, await gateway.StatusOfAsync("/metrics"));
        Assert.Equal(
            """
            gamelibrary_gateway_supergraph_loads_total{otel_scope_name="GameLibrary.Gateway",outcome="loaded"} 2
            gamelibrary_gateway_supergraph_loads_total{otel_scope_name="GameLibrary.Gateway",outcome="rejected"} 1
            """,
            string.Join('\n', text.Split('\n').Where(line => line.StartsWith("gamelibrary_gateway_supergraph_loads_total", StringComparison.Ordinal)).Order(StringComparer.Ordinal)));
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
        Assert.Contains("http_client_request_duration_seconds", text, StringComparison.Ordinal);
    }
}
