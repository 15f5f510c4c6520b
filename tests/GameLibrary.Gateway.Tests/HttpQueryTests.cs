using System.Net;
using System.Text.Json.Nodes;

using GameLibrary.Gateway.Tests.Support;
using GameLibrary.Testing;

namespace GameLibrary.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class HttpQueryTests(SubgraphsFixture subgraphs)
{
    private static readonly Dictionary<string, string> ExposeQueryPlan = new() { ["Apollo-Expose-Query-Plan"] = "true" };

    [Fact]
    public async Task A_query_over_POST_is_answered_with_fields_from_both_subgraphs()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);

        GraphQLResponse response = await gateway.PostAsync(
            "query Product($id: ID!) { product(id: $id) { name price reviews { body } } }",
            new JsonObject { ["id"] = "1" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GatewayServer.GraphQLResponseMediaType, response.MediaType);
        Assert.Equal(
            """{"data":{"product":{"name":"Chess","price":10,"reviews":[{"body":"Timeless"},{"body":"Hard to master"}]}}}""",
            response.Body);
    }

    [Fact]
    public async Task A_query_over_GET_is_answered()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);

        GraphQLResponse response = await gateway.GetAsync("{ latestReviews { body product { name } } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(
            """{"data":{"latestReviews":[{"body":"Beautiful","product":{"name":"Go"}},{"body":"Hard to master","product":{"name":"Chess"}},{"body":"Timeless","product":{"name":"Chess"}}]}}""",
            response.Body);
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused_with_405_and_runs_nowhere()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);

        GraphQLResponse response = await gateway.GetAsync("""mutation { renameProduct(id: 3, name: "Renamed by GET") { name } }""");
        GraphQLResponse after = await gateway.PostAsync("{ product(id: 3) { name } }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["OPERATION_NOT_ALLOWED"], response.ErrorCodes);
        Assert.Null(response.Json["data"]);
        Assert.Equal("""{"data":{"product":{"name":"Shogi"}}}""", after.Body);
    }

    [Fact]
    public async Task A_mutation_over_POST_runs()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        try
        {
            GraphQLResponse response = await gateway.PostAsync("""mutation { renameProduct(id: 3, name: "Dai shogi") { id name } }""");

            Assert.Equal("""{"data":{"renameProduct":{"id":"3","name":"Dai shogi"}}}""", response.Body);
            Assert.Equal("""{"data":{"product":{"name":"Dai shogi"}}}""", (await gateway.PostAsync("{ product(id: 3) { name } }")).Body);
        }
        finally
        {
            await gateway.PostAsync("""mutation { renameProduct(id: 3, name: "Shogi") { id } }""");
        }
    }

    [Fact]
    public async Task Apollo_Expose_Query_Plan_puts_the_plan_in_the_extensions()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        const string Query = "{ product(id: 1) { name reviews { body } } }";

        GraphQLResponse withPlan = await gateway.PostAsync(Query, headers: ExposeQueryPlan);
        GraphQLResponse without = await gateway.PostAsync(Query);

        Assert.Equal(HttpStatusCode.OK, withPlan.Status);
        Assert.Equal(without.Data!.ToJsonString(), withPlan.Data!.ToJsonString());
        string plan = withPlan.Json["extensions"]?["queryPlan"]?.ToJsonString() ?? "";
        Assert.Contains("products", plan, StringComparison.Ordinal);
        Assert.Contains("reviews", plan, StringComparison.Ordinal);
        Assert.Null(without.Json["extensions"]?["queryPlan"]);
    }

    [Fact]
    public async Task The_query_plan_is_not_exposed_when_the_gateway_disallows_it()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(
            TestSupergraphs.V2,
            subgraphs,
            new Dictionary<string, string?> { ["Gateway:ExposeQueryPlan"] = "false" });

        GraphQLResponse response = await gateway.PostAsync("{ product(id: 1) { name } }", headers: ExposeQueryPlan);

        Assert.Equal("""{"data":{"product":{"name":"Chess"}}}""", response.Body);
    }

    [Fact]
    public async Task A_subscription_over_plain_HTTP_is_refused_and_subscribes_to_nothing()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);

        GraphQLResponse post = await gateway.PostAsync("subscription OnRename { productRenamed { name } }");
        GraphQLResponse get = await gateway.GetAsync("subscription OnRename { productRenamed { name } }");

        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.Null(post.Data);
        Assert.Equal(["SUBSCRIPTION_TRANSPORT_REQUIRED"], post.ErrorCodes);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.Status);
        Assert.Equal(["OPERATION_NOT_ALLOWED"], get.ErrorCodes);
        Assert.Equal(0, subgraphs.Renames.Subscribers);
    }

    [Fact]
    public async Task A_subgraph_slower_than_its_configured_timeout_fails_its_fields_only()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(
            TestSupergraphs.V2,
            subgraphs,
            new Dictionary<string, string?> { ["Gateway:Subgraphs:products:Timeout"] = "00:00:00.300" });
        subgraphs.Gate.Reset();
        try
        {
            GraphQLResponse response = await gateway.PostAsync("{ slow latestReviews { body } }");

            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.Null(response.Data!["slow"]);
            Assert.Equal(3, response.Data!["latestReviews"]!.AsArray().Count);
            Assert.Equal(["SUBREQUEST_TIMEOUT"], response.ErrorCodes);
        }
        finally
        {
            subgraphs.Gate.Open();
        }
    }
}
