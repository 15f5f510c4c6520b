using System.Text.Json.Nodes;
using GameLibrary.Federation.Execution;
using GameLibrary.Federation.Supergraph;
using GameLibrary.Federation.Tests.Planning;
using GameLibrary.Federation.Tests.Supergraph.Samples;

namespace GameLibrary.Federation.Tests.Execution;

public sealed class InterfaceObjectExecutionTests
{
    private readonly SupergraphSchema _schema = SampleSupergraphs.Load("interfaceobject");

    [Fact]
    public async Task RepresentationsForAnInterfaceObjectCarryTheInterfaceNameAndKeepTheConcreteTypename()
    {
        var client = new FakeSubgraphClient()
            .On("media", _ => FakeSubgraphClient.Data("""{"book":{"title":"Dune","__typename":"Book","id":"b1"}}"""))
            .On("reviews", r => FakeSubgraphClient.Entities(r, _ => new JsonObject { ["__typename"] = "Media", ["stars"] = 5 }));

        var result = await Execute(client, "{ book(id: 1) { title stars } }");

        Assert.Equal("""[{"__typename":"Media","id":"b1"}]""", client.RequestsTo("reviews")[0].Variables["representations"]!.ToJsonString());
        Assert.Equal("""{"book":{"title":"Dune","__typename":"Book","id":"b1","stars":5}}""", result.Data.ToJsonString());
    }

    [Fact]
    public async Task ConcreteTypenameComesFromTheSubgraphThatKnowsTheImplementations()
    {
        var client = new FakeSubgraphClient()
            .On("reviews", _ => FakeSubgraphClient.Data("""{"topRated":[{"__typename":"Media","id":"b1","stars":5},{"__typename":"Media","id":"m1","stars":3}]}"""))
            .On("media", r => FakeSubgraphClient.Entities(r, rep => rep["id"]!.GetValue<string>() == "b1"
                ? new JsonObject { ["__typename"] = "Book", ["pages"] = 412 }
                : new JsonObject { ["__typename"] = "Movie" }));

        var result = await Execute(client, "{ topRated { id stars ... on Book { pages } __typename } }");

        Assert.Empty(result.Errors);
        Assert.Equal(
            """{"topRated":[{"__typename":"Book","id":"b1","stars":5,"pages":412},{"__typename":"Movie","id":"m1","stars":3}]}""",
            result.Data.ToJsonString());
    }

    private Task<QueryPlanResult> Execute(FakeSubgraphClient client, string query) =>
        new QueryPlanExecutor(_schema, client).ExecuteAsync(PlanAssert.Plan(_schema, query), [], Forwarded.Nothing, CancellationToken.None);
}
