using System.Text.Json.Nodes;
using GameLibrary.Federation.Tests.Planning;
using GameLibrary.Federation.Tests.Supergraph.Samples;
using GameLibrary.Gateway.Benchmarks;

namespace GameLibrary.Federation.Tests.Execution;

/// <summary>
/// The public federation-gateway benchmark's deep query through the gateway over HTTP, its four subgraphs answered
/// in memory (the engine benchmark's <see cref="BenchmarkSubgraphs"/>): the HTTP requests it costs with and without
/// entity fetch batching (#13: at most 7), and the same answer either way.
/// </summary>
public sealed class DeepQueryRequestTests
{
    [Fact]
    public async Task BatchingSendsSevenRequestsInsteadOfThirteenWithTheSameAnswer()
    {
        var (batchedRequests, batched) = await RunAsync(batching: true);
        var (separateRequests, separate) = await RunAsync(batching: false);

        Assert.Equal(7, batchedRequests);
        Assert.Equal(13, separateRequests);
        Assert.Null(batched["errors"]);
        Assert.True(JsonNode.DeepEquals(separate, batched));
        Assert.Equal(6, batched["data"]!["users"]!.AsArray().Count);
        Assert.Equal("Ada Lovelace", batched["data"]!["topProducts"]![3]!["reviews"]![1]!["author"]!["name"]!.GetValue<string>());
        Assert.Equal(50, batched["data"]!["users"]![5]!["reviews"]![1]!["product"]!["reviews"]![3]!["author"]!["reviews"]![0]!["product"]!["shippingEstimate"]!.GetValue<int>());
    }

    private static async Task<(int Requests, JsonNode Response)> RunAsync(bool batching)
    {
        using var subgraphs = new BenchmarkSubgraphs();
        using var http = new HttpClient(subgraphs);
        using var gateway = FederationGateway.Load(SampleSupergraphs.Sdl("benchmark"), new FederationGatewayOptions { HttpClient = http, BatchEntityFetches = batching });
        var result = await gateway.ExecuteAsync(new GatewayRequest(BatchPlanTests.DeepQuery));
        return (subgraphs.Requests, JsonNode.Parse(result.ToJsonString())!);
    }
}
