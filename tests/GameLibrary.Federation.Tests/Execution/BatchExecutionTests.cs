using System.Text.Json.Nodes;
using GameLibrary.Federation.Execution;
using GameLibrary.Federation.Planning;
using GameLibrary.Federation.Supergraph;
using GameLibrary.Federation.Tests.Supergraph.Samples;
using GraphQLParser;
using GraphQLParser.AST;

namespace GameLibrary.Federation.Tests.Execution;

/// <summary>
/// Batched entity fetches (ADR 0016): same-step fetches to one subgraph go out as one request, results and errors
/// reach every path they belong to, representations are de-duplicated across paths, and without batching each
/// fetch is its own request.
/// </summary>
public sealed class BatchExecutionTests
{
    /// <summary>Two reviews fetches at the same step with different selections: one aliased <c>_entities</c> each.</summary>
    private const string DifferentSelections = "{ me { name reviews { body } } topProducts { name reviews { id } } }";

    /// <summary>Two products fetches at the same step with the same selection: one shared <c>_entities</c> list.</summary>
    private const string SameSelections = "{ me { reviews { product { name } } } topProducts { upc reviews { product { name } } } }";

    private readonly SupergraphSchema _schema = SampleSupergraphs.Load("basic");

    [Fact]
    public async Task SameStepFetchesToOneSubgraphAreOneRequestWithResultsAtBothPaths()
    {
        var client = Subgraphs();
        var result = await Execute(client, DifferentSelections);

        Assert.Empty(result.Errors);
        var reviews = Assert.Single(client.RequestsTo("reviews"));
        Assert.Contains("_0: _entities(representations: $representations)", reviews.Query, StringComparison.Ordinal);
        Assert.Contains("_1: _entities(representations: $representations1)", reviews.Query, StringComparison.Ordinal);
        Assert.Equal("""[{"__typename":"User","id":"u1"}]""", reviews.Variables["representations"]!.ToJsonString());
        Assert.Equal("""[{"__typename":"Product","upc":"1"},{"__typename":"Product","upc":"2"}]""", reviews.Variables["representations1"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""
                {
                  "me": { "name": "Ada", "__typename": "User", "id": "u1", "reviews": [ { "body": "Comfy" }, { "body": "Solid" } ] },
                  "topProducts": [
                    { "name": "Chair", "__typename": "Product", "upc": "1", "reviews": [ { "id": "r1" } ] },
                    { "name": "Table", "__typename": "Product", "upc": "2", "reviews": [ { "id": "r2" }, { "id": "r3" } ] }
                  ]
                }
                """),
            result.Data.AsNode()), result.Data.ToJsonString());
    }

    [Fact]
    public async Task RepresentationsAreDeduplicatedAcrossPathsAndResultsFannedOut()
    {
        var client = Subgraphs();
        var result = await Execute(client, SameSelections);

        // Chair (upc 1) is reviewed on both paths: it is sent once.
        var products = Assert.Single(client.RequestsTo("products"), r => r.Query.Contains("_entities", StringComparison.Ordinal));
        Assert.DoesNotContain("_0:", products.Query, StringComparison.Ordinal);
        Assert.Equal("""[{"__typename":"Product","upc":"1"},{"__typename":"Product","upc":"2"}]""", products.Variables["representations"]!.ToJsonString());
        Assert.Empty(result.Errors);
        Assert.Equal("Chair", result.Data.AsNode()["me"]!["reviews"]![0]!["product"]!["name"]!.GetValue<string>());
        Assert.Equal("Table", result.Data.AsNode()["me"]!["reviews"]![1]!["product"]!["name"]!.GetValue<string>());
        Assert.Equal("Chair", result.Data.AsNode()["topProducts"]![0]!["reviews"]![0]!["product"]!["name"]!.GetValue<string>());
        Assert.Equal("Table", result.Data.AsNode()["topProducts"]![1]!["reviews"]![0]!["product"]!["name"]!.GetValue<string>());
        Assert.Equal("Chair", result.Data.AsNode()["topProducts"]![1]!["reviews"]![1]!["product"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task ErrorsUnderAnAliasGoToThatFetchsPaths()
    {
        var client = Subgraphs().On("reviews", r =>
        {
            var response = ReviewsAnswer(r);
            response["errors"] = JsonNode.Parse("""
                [
                  { "message": "review hidden", "path": ["_1", 1, "reviews", 0, "id"], "extensions": { "code": "FORBIDDEN" } },
                  { "message": "body hidden", "path": ["_0", 0, "reviews", 1, "body"] },
                  { "message": "the whole batch is slow" }
                ]
                """);
            return response;
        });
        var result = await Execute(client, DifferentSelections);

        Assert.Equal(3, result.Errors.Count);
        Assert.Equal(["topProducts", 1, "reviews", 0, "id"], result.Errors[0].Path!);
        Assert.Equal("FORBIDDEN", result.Errors[0].Code);
        Assert.Equal(["me", "reviews", 1, "body"], result.Errors[1].Path!);
        Assert.Null(result.Errors[2].Path);
    }

    [Fact]
    public async Task AnErrorOnASharedRepresentationGoesToEveryPathItCameFrom()
    {
        var client = Subgraphs().On("products", r =>
        {
            var response = ProductsAnswer(r);
            if (r.Query.Contains("_entities", StringComparison.Ordinal))
            {
                response["errors"] = JsonNode.Parse("""[{ "message": "name hidden", "path": ["_entities", 0, "name"] }]""");
            }

            return response;
        });
        var result = await Execute(client, SameSelections);

        // Chair is the first representation; three objects on two paths came from it.
        Assert.Equal(
            [["me", "reviews", 0, "product", "name"], ["topProducts", 0, "reviews", 0, "product", "name"], ["topProducts", 1, "reviews", 1, "product", "name"]],
            result.Errors.Select(e => e.Path!.ToArray()));
    }

    [Fact]
    public async Task AFailedBatchErrorsEveryFieldOfEveryPathAndKeepsTheRest()
    {
        var client = Subgraphs().On("reviews", _ => throw new SubgraphRequestException("reviews", ErrorCodes.SubrequestHttpError, "HTTP fetch failed from 'reviews': 502: Bad Gateway"));
        var result = await Execute(client, DifferentSelections);

        Assert.Equal(
            [["me", "reviews"], ["topProducts", 0, "reviews"], ["topProducts", 1, "reviews"]],
            result.Errors.Select(e => e.Path!.ToArray()));
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.SubrequestHttpError, e.Code));
        Assert.Equal("Ada", result.Data.AsNode()["me"]!["name"]!.GetValue<string>());
        Assert.Equal("Table", result.Data.AsNode()["topProducts"]![1]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task WhenOnlyOneFetchHasRepresentationsItsOwnOperationIsSent()
    {
        var client = Subgraphs().On("products", r => FakeSubgraphClient.Data("""{"topProducts":[]}"""));
        var result = await Execute(client, DifferentSelections);

        Assert.Empty(result.Errors);
        var reviews = Assert.Single(client.RequestsTo("reviews"));
        Assert.Equal("query($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { reviews { body } } } }", reviews.Query);
        Assert.Equal("Solid", result.Data.AsNode()["me"]!["reviews"]![1]!["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task BatchingOffSendsOneRequestPerFetchWithTheSameResult()
    {
        var batchedClient = Subgraphs();
        var batched = await Execute(batchedClient, SameSelections);
        var separateClient = Subgraphs();
        var separate = await Execute(separateClient, SameSelections, EntityFetchBatching.Nowhere);

        Assert.True(JsonNode.DeepEquals(batched.Data.AsNode(), separate.Data.AsNode()));
        Assert.Equal(4, batchedClient.Requests.Count);
        Assert.Equal(6, separateClient.Requests.Count);
        Assert.Equal(2, separateClient.RequestsTo("reviews").Count);
        Assert.All(separateClient.Requests, r => Assert.DoesNotContain("_0:", r.Request.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task IdenticalBatchesInFlightAreDeduplicated()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inner = Subgraphs().OnAsync("reviews", async r =>
        {
            await gate.Task.WaitAsync(TimeSpan.FromSeconds(30));
            return ReviewsAnswer(r);
        });
        using var metrics = new FederationMetrics(null);
        var executor = new QueryPlanExecutor(_schema, inner, new DeduplicatingSubgraphClient(inner, _schema, new FederationGatewayOptions(), metrics));
        var plan = Plan(DifferentSelections, EntityFetchBatching.Everywhere);

        var first = executor.ExecuteAsync(plan, [], Forwarded.Nothing, CancellationToken.None);
        var second = executor.ExecuteAsync(plan, [], Forwarded.Nothing, CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (inner.RequestsTo("reviews").Count == 0 || inner.Requests.Count < 3)
        {
            Assert.True(DateTime.UtcNow < deadline, "the batched request did not reach reviews");
            await Task.Delay(10);
        }

        gate.SetResult();
        var results = await Task.WhenAll(first, second);

        Assert.Single(inner.RequestsTo("reviews"));
        Assert.True(JsonNode.DeepEquals(results[0].Data.AsNode(), results[1].Data.AsNode()));
        Assert.Equal("r3", results[1].Data.AsNode()["topProducts"]![1]!["reviews"]![1]!["id"]!.GetValue<string>());
    }

    private Task<QueryPlanResult> Execute(FakeSubgraphClient client, string query, EntityFetchBatching? batching = null) =>
        new QueryPlanExecutor(_schema, client).ExecuteAsync(Plan(query, batching ?? EntityFetchBatching.Everywhere), [], Forwarded.Nothing, CancellationToken.None);

    private QueryPlan Plan(string query, EntityFetchBatching batching)
    {
        var document = Parser.Parse(query);
        return new QueryPlanner(_schema, batching).Plan(document, document.Definitions.OfType<GraphQLOperationDefinition>().Single());
    }

    private static FakeSubgraphClient Subgraphs() => new FakeSubgraphClient()
        .On("accounts", _ => FakeSubgraphClient.Data("""{"me":{"name":"Ada","__typename":"User","id":"u1"}}"""))
        .On("products", ProductsAnswer)
        .On("reviews", ReviewsAnswer);

    private static JsonObject ProductsAnswer(SubgraphRequest request) => request.Query.Contains("_entities", StringComparison.Ordinal)
        ? Answer(request, rep => new JsonObject { ["name"] = rep["upc"]!.GetValue<string>() == "1" ? "Chair" : "Table" })
        : FakeSubgraphClient.Data("""{"topProducts":[{"name":"Chair","__typename":"Product","upc":"1"},{"name":"Table","__typename":"Product","upc":"2"}]}""");

    /// <summary>User u1 wrote r1 (on Chair) and r2 (on Table); Chair has r1, Table r2 and r3.</summary>
    private static JsonObject ReviewsAnswer(SubgraphRequest request) => Answer(request, rep => rep["__typename"]!.GetValue<string>() == "User"
        ? JsonNode.Parse("""{"reviews":[{"body":"Comfy","id":"r1","product":{"__typename":"Product","upc":"1"}},{"body":"Solid","id":"r2","product":{"__typename":"Product","upc":"2"}}]}""")
        : rep["upc"]!.GetValue<string>() == "1"
            ? JsonNode.Parse("""{"reviews":[{"id":"r1","body":"Comfy","product":{"__typename":"Product","upc":"1"}}]}""")
            : JsonNode.Parse("""{"reviews":[{"id":"r2","body":"Solid","product":{"__typename":"Product","upc":"2"}},{"id":"r3","body":"Wobbly","product":{"__typename":"Product","upc":"1"}}]}"""));

    /// <summary>
    /// Answers an <c>_entities</c> request, batched or not: each <c>_N: _entities(representations: $v)</c> field
    /// of the operation (or the unaliased one) gets the resolved representations of its variable. Only the fields
    /// the selection asks for are kept (the fake objects carry more).
    /// </summary>
    private static JsonObject Answer(SubgraphRequest request, Func<JsonObject, JsonNode?> resolve)
    {
        var data = new JsonObject();
        var document = Parser.Parse(request.Query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        foreach (var field in operation.SelectionSet.Selections.OfType<GraphQLField>())
        {
            var variable = ((GraphQLVariable)field.Arguments!.Items.Single().Value).Name.StringValue;
            var items = request.Variables[variable]!.AsArray()
                .Select(r => Project(resolve(r!.AsObject()), field.SelectionSet!))
                .ToArray();
            data[field.Alias?.Name.StringValue ?? field.Name.StringValue] = new JsonArray(items);
        }

        return new JsonObject { ["data"] = data };
    }

    private static JsonNode? Project(JsonNode? value, GraphQLSelectionSet selectionSet)
    {
        switch (value)
        {
            case JsonArray list:
                return new JsonArray([.. list.Select(item => Project(item, selectionSet))]);
            case JsonObject source:
                var target = new JsonObject();
                foreach (var selection in selectionSet.Selections)
                {
                    switch (selection)
                    {
                        case GraphQLField field when source.TryGetPropertyValue(field.Name.StringValue, out var child):
                            target[field.Alias?.Name.StringValue ?? field.Name.StringValue] = field.SelectionSet is null ? child?.DeepClone() : Project(child, field.SelectionSet);
                            break;
                        case GraphQLInlineFragment fragment:
                            foreach (var (key, child) in Project(source, fragment.SelectionSet)!.AsObject().ToList())
                            {
                                target[key] = child?.DeepClone();
                            }

                            break;
                    }
                }

                return target;
            default:
                return value?.DeepClone();
        }
    }
}
