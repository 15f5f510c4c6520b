using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

using GameLibrary.Gateway.Tests.Support;
using GameLibrary.Testing;

namespace GameLibrary.Gateway.Tests;

/// <summary>Hostile and mistaken requests get the right status and code quickly, and the gateway keeps serving.</summary>
[Collection(GatewayCollection.Name)]
public sealed class BadInputTests(SubgraphsFixture subgraphs)
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(5);

    public static TheoryData<string> Cases => [.. Requests.Keys];

    private static Dictionary<string, (Func<GatewayServer, Task<GraphQLResponse>> Send, HttpStatusCode Status, string[] Codes)> Requests { get; } = new()
    {
        ["malformed JSON"] = (gateway => gateway.PostRawAsync("""{"query": "{ products { name } }" """, "application/json"), HttpStatusCode.BadRequest, ["INVALID_JSON"]),
        ["wrong content type"] = (gateway => gateway.PostRawAsync("{ products { name } }", "text/plain"), HttpStatusCode.UnsupportedMediaType, ["UNSUPPORTED_MEDIA_TYPE"]),
        ["a 10 MB body"] = (
            gateway => gateway.PostRawAsync(new JsonObject { ["query"] = "{ products { name } }", ["extensions"] = new JsonObject { ["pad"] = new string('x', 10 * 1024 * 1024) } }.ToJsonString(), "application/json"),
            HttpStatusCode.RequestEntityTooLarge,
            ["REQUEST_TOO_LARGE"]),
        ["a 1,000-deep selection"] = (
            gateway => gateway.PostAsync("{ latestReviews { product { " + string.Concat(Enumerable.Repeat("reviews { product { ", 499)) + "id" + new string('}', 1000) + " }"),
            HttpStatusCode.BadRequest,
            ["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED"]),
        ["an unknown field"] = (gateway => gateway.PostAsync("{ products { name weight } }"), HttpStatusCode.BadRequest, ["GRAPHQL_VALIDATION_FAILED"]),
        ["a variable of the wrong type"] = (
            gateway => gateway.PostAsync("query First($first: Int) { products(first: $first) { name } }", new JsonObject { ["first"] = "ten" }),
            HttpStatusCode.BadRequest,
            ["BAD_USER_INPUT"]),
        ["a missing operation"] = (
            gateway => gateway.PostAsync("query A { products { name } } query B { latestReviews { body } }", operationName: "C"),
            HttpStatusCode.BadRequest,
            ["OPERATION_RESOLUTION_FAILURE"]),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_gets_its_status_and_code_quickly_and_the_gateway_keeps_serving(string @case)
    {
        (Func<GatewayServer, Task<GraphQLResponse>> send, HttpStatusCode status, string[] codes) = Requests[@case];
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);

        Stopwatch stopwatch = Stopwatch.StartNew();
        GraphQLResponse response = await send(gateway);
        stopwatch.Stop();

        Assert.Equal(status, response.Status);
        Assert.Null(response.Data);
        Assert.NotEmpty(response.ErrorCodes);
        Assert.All(response.ErrorCodes, code => Assert.Contains(code, codes));
        Assert.True(stopwatch.Elapsed < Quickly, $"Answered in {stopwatch.Elapsed}.");
        Assert.Equal("""{"data":{"products":[{"name":"Chess"}]}}""", (await gateway.PostAsync("{ products(first: 1) { name } }")).Body);
    }

    [Fact]
    public async Task The_body_limit_is_configurable()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(
            TestSupergraphs.V2,
            subgraphs,
            new Dictionary<string, string?> { ["Gateway:Transport:MaxRequestBodySize"] = "4096" });

        GraphQLResponse response = await gateway.PostAsync("{ products { name } }", new JsonObject { ["pad"] = new string('x', 5000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(["REQUEST_TOO_LARGE"], response.ErrorCodes);
    }
}
