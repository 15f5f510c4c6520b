using System.Net;

using GameLibrary.Gateway.Tests.Support;
using GameLibrary.Testing;

using Microsoft.Extensions.Logging;

namespace GameLibrary.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class HealthTests(SubgraphsFixture subgraphs)
{
    [Fact]
    public async Task Before_a_supergraph_arrives_the_gateway_is_live_but_not_ready_and_graphql_is_503()
    {
        using TempDirectory directory = new();
        string path = Path.Combine(directory.Path, "supergraph.graphql");
        await using GatewayServer gateway = await GatewayServer.StartAsync(path, subgraphs, waitUntilReady: false);

        GraphQLResponse graphql = await gateway.PostAsync("{ products { name } }");

        Assert.Equal(HttpStatusCode.OK, await gateway.StatusOfAsync("/health/live"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await gateway.StatusOfAsync("/health/ready"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, graphql.Status);
        Assert.Equal(["SUPERGRAPH_UNAVAILABLE"], graphql.ErrorCodes);
        await gateway.WaitForLogAsync(LogLevel.Warning, path, "does not exist");
    }

    [Fact]
    public async Task Once_the_supergraph_file_appears_the_gateway_becomes_ready_and_serves_it()
    {
        using TempDirectory directory = new();
        string path = Path.Combine(directory.Path, "supergraph.graphql");
        await using GatewayServer gateway = await GatewayServer.StartAsync(path, subgraphs, waitUntilReady: false);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await gateway.StatusOfAsync("/health/ready"));

        WatchedFile.ReplaceWithCopy(TestSupergraphs.V1, path);

        await Eventually.UntilAsync(() => gateway.StatusOfAsync("/health/ready"), status => status == HttpStatusCode.OK, "/health/ready is 200");
        GraphQLResponse response = await gateway.PostAsync("{ product(id: 2) { name } }");
        Assert.Equal("""{"data":{"product":{"name":"Go"}}}""", response.Body);
    }

    [Fact]
    public async Task Without_a_configured_supergraph_the_gateway_stays_not_ready_and_says_why()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(supergraphPath: null, subgraphs, waitUntilReady: false);

        Assert.Equal(HttpStatusCode.OK, await gateway.StatusOfAsync("/health/live"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await gateway.StatusOfAsync("/health/ready"));
        await gateway.WaitForLogAsync(LogLevel.Warning, "No supergraph file is configured");
    }
}
