using System.Text.Json.Nodes;
using GameLibrary.Federation.Execution;
using GameLibrary.Federation.Supergraph;
using GameLibrary.Federation.Tests.Planning;
using GameLibrary.Federation.Tests.Supergraph.Samples;

namespace GameLibrary.Federation.Tests.Execution;

/// <summary>Condition nodes run with the request's variables: excluded selections send no fetch and get no error.</summary>
public sealed class ConditionExecutionTests
{
    private const string ReviewsIfIncluded = "query ($withReviews: Boolean!) { topProducts { name reviews @include(if: $withReviews) { body author { name } } } }";

    private readonly SupergraphSchema _schema = SampleSupergraphs.Load("basic");

    [Fact]
    public async Task AFalseIncludeSendsNoFetchForTheExcludedSelection()
    {
        var client = Client();
        var result = await Execute(client, ReviewsIfIncluded, new JsonObject { ["withReviews"] = false });

        Assert.Single(client.Requests);
        Assert.Empty(client.RequestsTo("reviews"));
        Assert.Empty(result.Errors);
        Assert.Equal("""{"topProducts":[{"name":"Chair","__typename":"Product","upc":"1"}]}""", result.Data.ToJsonString());
    }

    [Fact]
    public async Task ATrueIncludeRunsEveryFetchBelowIt()
    {
        var client = Client();
        var result = await Execute(client, ReviewsIfIncluded, new JsonObject { ["withReviews"] = true });

        Assert.Single(client.RequestsTo("reviews"));
        Assert.Single(client.RequestsTo("accounts"));
        Assert.Equal("Ada", result.Data.AsNode()["topProducts"]![0]!["reviews"]![0]!["author"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    public async Task ASkipRunsItsFetchesOnlyWhenTheVariableIsFalse(bool brief, int reviewFetches)
    {
        var client = Client();
        await Execute(client, "query ($brief: Boolean!) { topProducts { name reviews @skip(if: $brief) { body } } }", new JsonObject { ["brief"] = brief });

        Assert.Equal(reviewFetches, client.RequestsTo("reviews").Count);
    }

    [Fact]
    public async Task AnAbsentConditionVariableKeepsTheSelectionLikeTheResponseWriter()
    {
        var client = Client();
        await Execute(client, "query ($withReviews: Boolean) { topProducts { reviews @include(if: $withReviews) { body } } }", []);

        Assert.Single(client.RequestsTo("reviews"));
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public async Task AFetchThatWouldFailUnderAFalseConditionReportsNothing(bool withReviews, int errors)
    {
        var client = Client().On("reviews", _ => throw new SubgraphRequestException("reviews", ErrorCodes.SubrequestHttpError, "HTTP fetch failed from 'reviews': 503: Service Unavailable"));
        var result = await Execute(client, ReviewsIfIncluded, new JsonObject { ["withReviews"] = withReviews });

        Assert.Equal(errors, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(["topProducts", 0, "reviews"], e.Path!));
    }

    [Fact]
    public async Task AFailedFetchServingSeveralConditionsReportsOnlyTheIncludedFields()
    {
        var client = Client().On("reviews", _ => throw new SubgraphRequestException("reviews", ErrorCodes.SubrequestHttpError, "HTTP fetch failed from 'reviews': 503: Service Unavailable"));
        var result = await Execute(
            client,
            "query ($a: Boolean!, $b: Boolean!) { topProducts { reviews @include(if: $a) { body } ... @skip(if: $b) { recent: reviews { body } } } }",
            new JsonObject { ["a"] = false, ["b"] = false });

        var error = Assert.Single(result.Errors);
        Assert.Equal(["topProducts", 0, "recent"], error.Path!);
    }

    [Fact]
    public async Task AFailedRootFetchReportsOnlyItsIncludedRootFields()
    {
        var client = Client().On("accounts", _ => throw new SubgraphRequestException("accounts", ErrorCodes.SubrequestTimeout, "Request to subgraph 'accounts' timed out after 10 ms."));
        var result = await Execute(
            client,
            "query ($full: Boolean!) { me { name } user(id: \"u2\") @include(if: $full) { name } }",
            new JsonObject { ["full"] = false });

        var error = Assert.Single(result.Errors);
        Assert.Equal(["me"], error.Path!);
    }

    [Fact]
    public async Task SubscriptionEventsRunOnlyTheIncludedFollowUpFetches()
    {
        var client = Client().On("products", r => FakeSubgraphClient.Entities(r, _ => new JsonObject { ["name"] = "Chair" }));
        var plan = PlanAssert.Plan(_schema, "subscription ($withAuthor: Boolean!) { reviewAdded { body author @include(if: $withAuthor) { name } product { name } } }");
        var eventData = ResultStoreJson.Store("""{"reviewAdded":{"body":"Great","author":null,"product":{"__typename":"Product","upc":"1"}}}""");

        var result = await new QueryPlanExecutor(_schema, client).ExecuteSubscriptionEventAsync(
            plan, eventData, new JsonObject { ["withAuthor"] = false }, Forwarded.Nothing, CancellationToken.None);

        Assert.Empty(client.RequestsTo("accounts"));
        Assert.Equal("Chair", result.Data.AsNode()["reviewAdded"]!["product"]!["name"]!.GetValue<string>());
    }

    private Task<QueryPlanResult> Execute(FakeSubgraphClient client, string query, JsonObject variables) =>
        new QueryPlanExecutor(_schema, client).ExecuteAsync(PlanAssert.Plan(_schema, query), variables, Forwarded.Nothing, CancellationToken.None);

    private static FakeSubgraphClient Client() => new FakeSubgraphClient()
        .On("products", _ => FakeSubgraphClient.Data("""{"topProducts":[{"name":"Chair","__typename":"Product","upc":"1"}]}"""))
        .On("reviews", r => FakeSubgraphClient.Entities(r, _ => JsonNode.Parse("""{"reviews":[{"body":"Comfy","author":{"__typename":"User","id":"u1"}}],"recent":[{"body":"Comfy"}]}""")))
        .On("accounts", r => r.Query.Contains("_entities", StringComparison.Ordinal)
            ? FakeSubgraphClient.Entities(r, _ => new JsonObject { ["name"] = "Ada" })
            : FakeSubgraphClient.Data("""{"me":{"name":"Ada"}}"""));
}
