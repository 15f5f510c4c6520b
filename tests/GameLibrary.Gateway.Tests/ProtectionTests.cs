using System.Net;

using GameLibrary.Gateway.Tests.Support;
using GameLibrary.Testing;

namespace GameLibrary.Gateway.Tests;

/// <summary>The host's protections: what the engine refuses answers 400, introspection and CORS follow the configuration.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ProtectionTests(SubgraphsFixture subgraphs)
{
    private const string Introspection = "{ __schema { queryType { name } } }";

    [Fact]
    public async Task An_operation_over_the_cost_budget_is_a_400_naming_its_estimate()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(
            TestSupergraphs.V2, subgraphs, new Dictionary<string, string?> { ["Gateway:DemandControl:MaxCost"] = "0.5" });

        GraphQLResponse response = await gateway.PostAsync("{ product(id: 1) { name } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["COST_ESTIMATED_TOO_EXPENSIVE"], response.ErrorCodes);
        Assert.Equal(1, response.Errors[0]!["extensions"]!["cost.estimated"]!.GetValue<double>());
        Assert.Equal(0.5, response.Errors[0]!["extensions"]!["cost.max"]!.GetValue<double>());
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_shape_limit_is_a_400_with_its_code()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(
            TestSupergraphs.V2, subgraphs, new Dictionary<string, string?> { ["Gateway:Limits:MaxAliases"] = "1" });

        GraphQLResponse response = await gateway.PostAsync("{ a: product(id: 1) { name } b: product(id: 2) { name } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["MAX_ALIASES_EXCEEDED"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_batch_is_refused()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);

        GraphQLResponse response = await gateway.PostRawAsync(
            """[{"query":"{ __typename }"},{"query":"{ __typename }"}]""", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task Introspection_is_off_outside_Development_unless_switched_on()
    {
        await using GatewayServer production = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        await using GatewayServer switchedOn = await GatewayServer.StartAsync(
            TestSupergraphs.V2, subgraphs, new Dictionary<string, string?> { ["Gateway:Introspection:Enabled"] = "true" });

        GraphQLResponse refused = await production.PostAsync(Introspection);
        GraphQLResponse typename = await production.PostAsync("{ __typename }");
        GraphQLResponse answered = await switchedOn.PostAsync(Introspection);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(["INTROSPECTION_DISABLED"], refused.ErrorCodes);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", typename.Body);
        Assert.Equal("""{"data":{"__schema":{"queryType":{"name":"Query"}}}}""", answered.Body);
    }

    [Fact]
    public async Task Without_configured_origins_no_cross_origin_access_is_granted()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);

        using HttpResponseMessage preflight = await PreflightAsync(gateway, "https://evil.example");
        using HttpResponseMessage post = await PostFromAsync(gateway, "https://evil.example");

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(post.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Configured_origins_may_call_the_gateway_and_others_may_not()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(
            TestSupergraphs.V2, subgraphs, new Dictionary<string, string?> { ["Gateway:Cors:AllowedOrigins:0"] = "https://play.example" });

        using HttpResponseMessage allowed = await PreflightAsync(gateway, "https://play.example");
        using HttpResponseMessage refused = await PreflightAsync(gateway, "https://evil.example");
        using HttpResponseMessage post = await PostFromAsync(gateway, "https://play.example");

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("https://play.example", Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal("https://play.example", Assert.Single(post.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    private static async Task<HttpResponseMessage> PreflightAsync(GatewayServer gateway, string origin)
    {
        using HttpRequestMessage request = new(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await gateway.Client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PostFromAsync(GatewayServer gateway, string origin)
    {
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", origin);
        return await gateway.Client.SendAsync(request);
    }
}
