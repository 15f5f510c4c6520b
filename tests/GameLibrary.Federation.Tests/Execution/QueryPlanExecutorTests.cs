using System.Text.Json.Nodes;
using GameLibrary.Federation.Execution;
using GameLibrary.Federation.Planning;
using GameLibrary.Federation.Supergraph;
using GameLibrary.Federation.Tests.Planning;
using GameLibrary.Federation.Tests.Supergraph.Samples;

namespace GameLibrary.Federation.Tests.Execution;

public sealed class QueryPlanExecutorTests
{
    private const string ProductsWithReviews = "{ topProducts { name reviews { body author { name } } } }";

    private static readonly Dictionary<string, string> AuthorNames = new() { ["u1"] = "Ada", ["u2"] = "Grace" };

    private readonly SupergraphSchema _schema = SampleSupergraphs.Load("basic");

    [Fact]
    public async Task MergesRootAndEntityResultsIntoOneTree()
    {
        var client = StandardClient();
        var result = await Execute(client, ProductsWithReviews);

        Assert.Empty(result.Errors);
        Assert.Equal(
            """{"topProducts":[{"name":"Chair","__typename":"Product","upc":"1","reviews":[{"body":"Comfy","author":{"__typename":"User","id":"u1","name":"Ada"}}]},{"name":"Table","__typename":"Product","upc":"2","reviews":[{"body":"Solid","author":{"__typename":"User","id":"u1","name":"Ada"}},{"body":"Wobbly","author":{"__typename":"User","id":"u2","name":"Grace"}}]}]}""",
            result.Data.ToJsonString());
    }

    [Fact]
    public async Task SendsEachDistinctRepresentationOnceAndFansResultsOut()
    {
        var client = StandardClient();
        var result = await Execute(client, ProductsWithReviews);

        var accounts = Assert.Single(client.RequestsTo("accounts"));
        Assert.Equal(
            """[{"__typename":"User","id":"u1"},{"__typename":"User","id":"u2"}]""",
            accounts.Variables["representations"]!.ToJsonString());
        Assert.Equal("Ada", result.Data.AsNode()["topProducts"]![0]!["reviews"]![0]!["author"]!["name"]!.GetValue<string>());
        Assert.Equal("Ada", result.Data.AsNode()["topProducts"]![1]!["reviews"]![0]!["author"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task RepathsEntityErrorsToEveryOriginAndKeepsExtensions()
    {
        var client = StandardClient().On("accounts", r =>
        {
            var response = FakeSubgraphClient.Entities(r, rep => rep["id"]!.GetValue<string>() == "u1" ? new JsonObject { ["name"] = null } : new JsonObject { ["name"] = "Grace" });
            response["errors"] = JsonNode.Parse("""[{"message":"name hidden","path":["_entities",0,"name"],"extensions":{"code":"FORBIDDEN"}}]""");
            return response;
        });
        var result = await Execute(client, ProductsWithReviews);

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal("FORBIDDEN", e.Code));
        Assert.Equal(["topProducts", 0, "reviews", 0, "author", "name"], result.Errors[0].Path!);
        Assert.Equal(["topProducts", 1, "reviews", 0, "author", "name"], result.Errors[1].Path!);
    }

    [Fact]
    public async Task FailedEntityFetchErrorsEachEntityFieldAndKeepsTheRest()
    {
        var client = StandardClient().On("accounts", _ => throw new SubgraphRequestException("accounts", ErrorCodes.SubrequestHttpError, "HTTP fetch failed from 'accounts': 500: Internal Server Error"));
        var result = await Execute(client, ProductsWithReviews);

        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, e =>
        {
            Assert.Equal(ErrorCodes.SubrequestHttpError, e.Code);
            Assert.Equal("accounts", e.Extensions!["service"]!.GetValue<string>());
        });
        Assert.Equal(["topProducts", 1, "reviews", 1, "author", "name"], result.Errors[2].Path!);
        Assert.Equal("Wobbly", result.Data.AsNode()["topProducts"]![1]!["reviews"]![1]!["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task FailedRootFetchErrorsItsRootFieldsAndSkipsDependentFetches()
    {
        var client = StandardClient().On("products", _ => throw new SubgraphRequestException("products", ErrorCodes.SubrequestTimeout, "Request to subgraph 'products' timed out after 10 ms."));
        var result = await Execute(client, "{ me { name } topProducts { name reviews { body } } }");

        var error = Assert.Single(result.Errors);
        Assert.Equal(["topProducts"], error.Path!);
        Assert.Equal(ErrorCodes.SubrequestTimeout, error.Code);
        Assert.Empty(client.RequestsTo("reviews"));
        Assert.Equal("Ada", result.Data.AsNode()["me"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunsParallelFetchesConcurrently()
    {
        var arrived = 0;
        var bothArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task Arrive()
        {
            if (Interlocked.Increment(ref arrived) == 2)
            {
                bothArrived.SetResult();
            }

            await bothArrived.Task.WaitAsync(TimeSpan.FromSeconds(5));
        }

        var client = new FakeSubgraphClient()
            .OnAsync("accounts", async _ =>
            {
                await Arrive();
                return FakeSubgraphClient.Data("""{"me":{"name":"Ada"}}""");
            })
            .OnAsync("products", async _ =>
            {
                await Arrive();
                return FakeSubgraphClient.Data("""{"topProducts":[]}""");
            });
        var result = await Execute(client, "{ me { name } topProducts { name } }");

        Assert.Empty(result.Errors);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"me":{"name":"Ada"},"topProducts":[]}"""), result.Data.AsNode()));
    }

    [Fact]
    public async Task ForwardsOnlyTheVariablesAFetchUses()
    {
        var client = StandardClient();
        var variables = new JsonObject { ["n"] = 2, ["id"] = "u1" };
        await Execute(client, "query Q($n: Int, $id: ID!) { topProducts(first: $n) { name } user(id: $id) { name } }", variables);

        Assert.Equal("""{"n":2}""", client.RequestsTo("products")[0].Variables.ToJsonString());
        Assert.Equal("""{"id":"u1"}""", client.RequestsTo("accounts")[0].Variables.ToJsonString());
        Assert.Equal("Q__products__0", client.RequestsTo("products")[0].OperationName);
    }

    [Fact]
    public async Task ReadsAliasedKeysAndRequiredFieldsBackIntoRepresentations()
    {
        var client = new FakeSubgraphClient()
            .On("products", r => FakeSubgraphClient.Data(r.Query.Contains("__gl_k0: upc", StringComparison.Ordinal)
                ? """{"topProducts":[{"upc":"Chair","__typename":"Product","__gl_k0":"1","price":10,"weight":3}]}"""
                : "{}"))
            .On("inventory", r => FakeSubgraphClient.Entities(r, rep => new JsonObject { ["shippingEstimate"] = rep["price"]!.GetValue<int>() * rep["weight"]!.GetValue<int>() }));
        var result = await Execute(client, "{ topProducts { upc: name shippingEstimate } }");

        Assert.Equal(
            """[{"__typename":"Product","upc":"1","price":10,"weight":3}]""",
            client.RequestsTo("inventory")[0].Variables["representations"]!.ToJsonString());
        Assert.Equal(30, result.Data.AsNode()["topProducts"]![0]!["shippingEstimate"]!.GetValue<int>());
        Assert.Equal("Chair", result.Data.AsNode()["topProducts"]![0]!["upc"]!.GetValue<string>());
    }

    [Fact]
    public async Task ObjectsWithoutKeysOrTypenameGetNoRepresentationAndNullEntitiesMergeNothing()
    {
        var client = StandardClient()
            .On("products", _ => FakeSubgraphClient.Data("""{"topProducts":[{"name":"Chair","__typename":"Product"},null,{"name":"Table","__typename":"Product","upc":"2"},{"name":"Lamp","__typename":"Product","upc":"3"}]}"""))
            .On("reviews", r => FakeSubgraphClient.Entities(r, _ => null));
        var result = await Execute(client, "{ topProducts { name reviews { body } } }");

        var reviews = Assert.Single(client.RequestsTo("reviews"));
        Assert.Equal("""[{"__typename":"Product","upc":"2"},{"__typename":"Product","upc":"3"}]""", reviews.Variables["representations"]!.ToJsonString());
        Assert.Empty(result.Errors);
        Assert.Equal("""{"name":"Table","__typename":"Product","upc":"2"}""", result.Data.AsNode()["topProducts"]![2]!.ToJsonString());
    }

    [Fact]
    public async Task NoRepresentationsMeansNoRequest()
    {
        var client = StandardClient().On("products", _ => FakeSubgraphClient.Data("""{"topProducts":[]}"""));
        var result = await Execute(client, ProductsWithReviews);

        Assert.Empty(client.RequestsTo("reviews"));
        Assert.Empty(client.RequestsTo("accounts"));
        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task SubgraphErrorsWithoutAnEntityPathAreKeptWithoutAPath()
    {
        var client = StandardClient().On("reviews", _ => new JsonObject
        {
            ["data"] = null,
            ["errors"] = JsonNode.Parse("""[{"message":"reviews is down for maintenance","extensions":{"code":"UNAVAILABLE"}}]"""),
        });
        var result = await Execute(client, "{ topProducts { name reviews { body } } }");

        var error = Assert.Single(result.Errors);
        Assert.Null(error.Path);
        Assert.Equal("UNAVAILABLE", error.Code);
        Assert.Equal("Chair", result.Data.AsNode()["topProducts"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task SubscriptionEventsAreCompletedWithTheFollowUpFetches()
    {
        var client = StandardClient().On("products", r => FakeSubgraphClient.Entities(r, _ => new JsonObject { ["name"] = "Chair" }));
        var plan = PlanAssert.Plan(_schema, "subscription { reviewAdded { body author { name } product { name } } }");
        var executor = new QueryPlanExecutor(_schema, client);
        var eventData = ResultStoreJson.Store("""{"reviewAdded":{"body":"Great","author":{"__typename":"User","id":"u2"},"product":{"__typename":"Product","upc":"1"}}}""");

        var result = await executor.ExecuteSubscriptionEventAsync(plan, eventData, [], Forwarded.Nothing, CancellationToken.None);

        Assert.Equal("Grace", result.Data.AsNode()["reviewAdded"]!["author"]!["name"]!.GetValue<string>());
        Assert.Equal("Chair", result.Data.AsNode()["reviewAdded"]!["product"]!["name"]!.GetValue<string>());
        await Assert.ThrowsAsync<InvalidOperationException>(() => executor.ExecuteAsync(plan, [], Forwarded.Nothing, CancellationToken.None));
    }

    private Task<QueryPlanResult> Execute(FakeSubgraphClient client, string query, JsonObject? variables = null)
    {
        var plan = PlanAssert.Plan(_schema, query);
        return new QueryPlanExecutor(_schema, client).ExecuteAsync(plan, variables ?? [], Forwarded.Nothing, CancellationToken.None);
    }

    private static FakeSubgraphClient StandardClient() => new FakeSubgraphClient()
        .On("products", _ => FakeSubgraphClient.Data("""{"topProducts":[{"name":"Chair","__typename":"Product","upc":"1"},{"name":"Table","__typename":"Product","upc":"2"}]}"""))
        .On("accounts", r => r.Query.Contains("_entities", StringComparison.Ordinal)
            ? FakeSubgraphClient.Entities(r, rep => new JsonObject { ["name"] = AuthorNames[rep["id"]!.GetValue<string>()] })
            : FakeSubgraphClient.Data("""{"me":{"name":"Ada"},"user":{"name":"Ada"}}"""))
        .On("reviews", r => FakeSubgraphClient.Entities(r, rep => rep["upc"]!.GetValue<string>() == "1"
            ? JsonNode.Parse("""{"reviews":[{"body":"Comfy","author":{"__typename":"User","id":"u1"}}]}""")
            : JsonNode.Parse("""{"reviews":[{"body":"Solid","author":{"__typename":"User","id":"u1"}},{"body":"Wobbly","author":{"__typename":"User","id":"u2"}}]}""")));
}
