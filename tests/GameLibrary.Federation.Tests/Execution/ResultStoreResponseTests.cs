using System.Text.Json;
using System.Text.Json.Nodes;
using GameLibrary.Federation.Tests.Planning;
using GameLibrary.Federation.Tests.Supergraph.Samples;
using GameLibrary.Gateway.Benchmarks;
using Snapshooter.Xunit;

namespace GameLibrary.Federation.Tests.Execution;

/// <summary>
/// Responses written from the result store (ADR 0017), subgraph answers read over HTTP byte for byte: leaves kept as
/// the subgraph's tokens must reach the client exactly as the node tree before them wrote them — strings in the
/// writer's own escaping whatever escaping the subgraph used, numbers as sent unless coerced — and completion
/// (errors inside lists, null bubbling through abstract types, conditions, aliases, <c>__typename</c>, entity merges
/// at several depths) must not change. The expected texts were written by the node-tree engine (the branch point of
/// ADR 0017) for the same answers.
/// </summary>
public sealed class ResultStoreResponseTests
{
    [Fact]
    public async Task StringsReachTheClientInTheWritersEscapingWhateverEscapingTheSubgraphUsed()
    {
        const string Data = """
            {"topProducts":[
              {"upc":"1","name":"caf\u00e9"},{"upc":"2","name":"café"},{"upc":"3","name":"caf\u00E9 \u0063"},
              {"upc":"4","name":"say \"hi\""},{"upc":"5","name":"back\\slash \/ slash"},
              {"upc":"6","name":"tab\there\nline\r\b\f\u0001\u001F"},{"upc":"7","name":"😀 \ud83d\ude00"},
              {"upc":"8","name":"<b>&amp;'+`"},{"upc":"9","name":""},{"upc":"10","name":"plain"}]}
            """;

        var response = await ExecuteAsync("benchmark", "{ topProducts { upc name } }", (_, _) => $$"""{"data":{{Data}}}""");

        // The node tree decoded every string and wrote it again with the writer's encoder: that is the oracle.
        Assert.Equal(new JsonObject { ["data"] = JsonNode.Parse(Data) }.ToJsonString(), response);
        Assert.Contains("""{"upc":"1","name":"caf\u00E9"},{"upc":"2","name":"caf\u00E9"},{"upc":"3","name":"caf\u00E9 c"}""", response, StringComparison.Ordinal);
        Assert.Contains("""{"upc":"5","name":"back\\slash / slash"}""", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NumbersPassThroughAsSentUnlessCoercedAndBadOnesFailInsideTheList()
    {
        const string Data = """
            {"topProducts":[
              {"upc":"1","price":2147483647,"weight":-2147483648},{"upc":"2","price":-0,"weight":0},
              {"upc":"3","price":2.0,"weight":1e2},{"upc":"4","price":2147483648,"weight":-7},
              {"upc":12345678901234567890123,"price":-1.5,"weight":true}]}
            """;

        var response = await ExecuteAsync("benchmark", "{ topProducts { upc price weight } }", (_, _) => $$"""{"data":{{Data}}}""");

        Assert.Equal(
            """{"errors":[{"message":"Int cannot represent non 32-bit signed integer value: 2147483648","locations":[{"line":1,"column":21}],"path":["topProducts",3,"price"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},{"message":"Int cannot represent non-integer value: -1.5","locations":[{"line":1,"column":21}],"path":["topProducts",4,"price"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"topProducts":[{"upc":"1","price":2147483647,"weight":-2147483648},{"upc":"2","price":-0,"weight":0},{"upc":"3","price":2,"weight":100},{"upc":"4","price":null,"weight":-7},{"upc":"12345678901234567890123","price":null,"weight":1}]}}""",
            response);
    }

    [Fact]
    public async Task NullsBubbleThroughAbstractTypesAndEnumsAreChecked()
    {
        const string Data = """
            {"search":[
              {"__typename":"Game","id":"g1","title":"Tetris","genre":"PUZZLE"},
              {"__typename":"Game","id":null,"title":"Broken"},
              {"__typename":"Game","id":"g2","title":"Odd","genre":"UNKNOWN"},
              {"__typename":"Person","id":"p1","name":"Ada \u00e9"},
              {"id":"x"},
              {"__typename":"Company","id":"c1","name":"Acme"}]}
            """;

        var response = await ExecuteAsync(
            "abstract",
            "{ search(term: \"t\") { __typename ... on Game { id title genre } ... on Person { id name } ... on Company { name } } }",
            (_, _) => $$"""{"data":{{Data}}}""");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Game.id.","locations":[{"line":1,"column":48}],"path":["search",1,"id"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},{"message":"Enum \u0022Genre\u0022 cannot represent a value that is not in the API schema.","locations":[{"line":1,"column":57}],"path":["search",2,"genre"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},{"message":"Abstract type \u0022SearchResult\u0022 must resolve to an Object type at runtime, but the value has no __typename (field \u0022Query.search\u0022)","locations":[{"line":1,"column":3}],"path":["search",4],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"search":[{"__typename":"Game","id":"g1","title":"Tetris","genre":"PUZZLE"},null,{"__typename":"Game","id":"g2","title":"Odd","genre":null},{"__typename":"Person","id":"p1","name":"Ada \u00E9"},null,{"__typename":"Company","name":"Acme"}]}}""",
            response);
    }

    [Fact]
    public async Task ConditionsAliasesAndTypenamesAreWrittenFromTheStore()
    {
        const string Query = """
            query ($skip: Boolean!, $show: Boolean!) {
              first: topProducts { kind: __typename label: name upc @skip(if: $skip) }
              second: topProducts { upc name @include(if: $show) __typename }
            }
            """;

        var response = await ExecuteAsync(
            "benchmark",
            Query,
            (_, _) => """{"data":{"first":[{"kind":"Product","label":"Chair","upc":"1"}],"second":[{"upc":"1","name":"Chair","__typename":"Product"}]}}""",
            """{"skip":true,"show":false}""");

        Assert.Equal("""{"data":{"first":[{"kind":"Product","label":"Chair"}],"second":[{"upc":"1","__typename":"Product"}]}}""", response);
    }

    [Fact]
    public async Task TheDeepQueryMergesEntitiesAtEveryDepthIntoTheSameResponse()
    {
        using var subgraphs = new BenchmarkSubgraphs();
        using var http = new HttpClient(subgraphs);
        using var gateway = FederationGateway.Load(SampleSupergraphs.Sdl("benchmark"), new FederationGatewayOptions { HttpClient = http });

        var result = await gateway.ExecuteAsync(new GatewayRequest(BatchPlanTests.DeepQuery));

        // Written by the node-tree engine for the same subgraphs: every byte of the response is unchanged.
        Snapshot.Match(result.ToJsonString());
    }

    private static async Task<string> ExecuteAsync(string sample, string query, Func<string, string, string> answer, string? variables = null)
    {
        using var http = new HttpClient(new RawSubgraphs(answer));
        using var gateway = FederationGateway.Load(SampleSupergraphs.Sdl(sample), new FederationGatewayOptions { HttpClient = http });
        var request = new GatewayRequest(query, null, variables is null ? null : JsonDocument.Parse(variables).RootElement);
        return (await gateway.ExecuteAsync(request)).ToJsonString();
    }
}
