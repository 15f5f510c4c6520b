using System.Text.Json.Nodes;

namespace GameLibrary.Federation.Tests.DemandControl;

/// <summary>
/// The gateway refuses what it should before any subgraph is called (cost, shape limits, introspection), and never
/// forwards a subgraph's internals (stack traces) to clients.
/// </summary>
public sealed class GatewayProtectionTests
{
    // 10 genres × their first 100 games × those games' genres × their first 100 games: about a million fields.
    private const string Costly = "{ genres { name games(first: 100) { nodes { genres { games(first: 100) { nodes { title } } } } } } }";

    private static readonly string SubgraphLimitAnswer =
        """{"errors":[{"message":"Query is too complex to execute. Complexity is 1020202; maximum allowed is 50000.","extensions":{"code":"MAX_COMPLEXITY_EXCEEDED"}}]}""";

    [Fact]
    public async Task Without_demand_control_a_costly_operation_reaches_the_subgraph_and_comes_back_as_a_confusing_partial_answer()
    {
        var subgraph = new StubSubgraph(SubgraphLimitAnswer);
        using var gateway = Gateway(subgraph, options => options.DemandControl.Enabled = false);

        var result = await gateway.ExecuteAsync(new GatewayRequest(Costly));
        var response = JsonNode.Parse(result.ToJsonString())!;

        // The shape the issue reports: executed (HTTP 200), no data, the subgraph's limit as a field error.
        Assert.Equal(GatewayResultKind.Executed, result.Kind);
        Assert.Single(subgraph.Requests);
        Assert.Null(response["data"]);
        Assert.Contains(response["errors"]!.AsArray(), e => e!["extensions"]!["code"]!.GetValue<string>() == "MAX_COMPLEXITY_EXCEEDED");
    }

    [Fact]
    public async Task A_costly_operation_is_refused_up_front_with_its_estimate()
    {
        var subgraph = new StubSubgraph(SubgraphLimitAnswer);
        using var gateway = Gateway(subgraph);

        var result = await gateway.ExecuteAsync(new GatewayRequest(Costly));
        var error = JsonNode.Parse(result.ToJsonString())!["errors"]![0]!;

        Assert.Equal(GatewayResultKind.RequestError, result.Kind);
        Assert.Empty(subgraph.Requests);
        Assert.Equal(ErrorCodes.CostEstimatedTooExpensive, error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(10 * (1 + 1 + (100 * (1 + (10 * (1 + 1 + 100))))), error["extensions"]!["cost.estimated"]!.GetValue<double>());
        Assert.Equal(50_000, error["extensions"]!["cost.max"]!.GetValue<double>());
        Assert.Equal("The operation's estimated cost 1021020 is over the maximum 50000.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_variable_that_makes_an_operation_costly_is_refused_too()
    {
        var subgraph = new StubSubgraph("""{"data":{"games":{"nodes":[]}}}""");
        using var gateway = Gateway(subgraph, options => options.DemandControl.MaxCost = 51);
        const string Query = "query($n: Int) { games(first: $n) { nodes { id } } }";

        var cheap = await gateway.ExecuteAsync(new GatewayRequest(Query, Variables: Json("""{"n":50}""")));
        var costly = await gateway.ExecuteAsync(new GatewayRequest(Query, Variables: Json("""{"n":51}""")));

        Assert.Equal(GatewayResultKind.Executed, cheap.Kind);
        Assert.Equal(GatewayResultKind.RequestError, costly.Kind);
        Assert.Single(subgraph.Requests);
    }

    [Fact]
    public async Task A_subgraphs_stack_trace_never_reaches_the_client()
    {
        var subgraph = new StubSubgraph("""
            {"data":{"genres":null},"errors":[{"message":"Database unavailable","path":["genres"],"extensions":{
              "code":"INTERNAL_SERVER_ERROR","codes":["NPGSQL"],
              "details":"Npgsql.NpgsqlException: Failed to connect\n   at GameLibrary.Catalog.Genres.LoadAsync() in /src/subgraphs/catalog/Genres.cs:line 42",
              "exception":{"stacktrace":["Error: x","    at /app/index.js:1:1"]},"stackTrace":"at Foo() in /src/Foo.cs"}}]}
            """);
        using var gateway = Gateway(subgraph);

        var json = (await gateway.ExecuteAsync(new GatewayRequest("{ genres { name } }"))).ToJsonString();
        var extensions = JsonNode.Parse(json)!["errors"]![0]!["extensions"]!.AsObject();

        Assert.Equal("INTERNAL_SERVER_ERROR", extensions["code"]!.GetValue<string>());
        Assert.NotNull(extensions["codes"]);
        Assert.DoesNotContain("details", json, StringComparison.Ordinal);
        Assert.DoesNotContain("/src/", json, StringComparison.Ordinal);
        Assert.True(!json.Contains("stack", StringComparison.OrdinalIgnoreCase), json);
        Assert.DoesNotContain("exception", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Switched_off_introspection_refuses_schema_and_type_but_not_typename()
    {
        var subgraph = new StubSubgraph("""{"data":{"genres":[]}}""");
        using var gateway = Gateway(subgraph, options => options.Limits.IntrospectionEnabled = false);

        var schema = await gateway.ExecuteAsync(new GatewayRequest("{ __schema { queryType { name } } }"));
        var type = await gateway.ExecuteAsync(new GatewayRequest("query { ...F } fragment F on Query { __type(name: \"Game\") { name } }"));
        var typename = await gateway.ExecuteAsync(new GatewayRequest("{ __typename genres { __typename } }"));

        Assert.Equal(ErrorCodes.IntrospectionDisabled, Code(schema));
        Assert.Equal(ErrorCodes.IntrospectionDisabled, Code(type));
        Assert.Equal(GatewayResultKind.Executed, typename.Kind);
    }

    [Fact]
    public async Task Introspection_is_on_by_default_in_the_engine()
    {
        using var gateway = Gateway(new StubSubgraph("{}"));

        var result = await gateway.ExecuteAsync(new GatewayRequest("{ __schema { queryType { name } } }"));

        Assert.Equal("""{"data":{"__schema":{"queryType":{"name":"Query"}}}}""", result.ToJsonString());
    }

    [Fact]
    public async Task Shape_limits_refuse_before_any_subgraph_is_called()
    {
        var subgraph = new StubSubgraph("""{"data":{}}""");
        using var gateway = Gateway(subgraph, options =>
        {
            options.Limits.MaxAliases = 2;
            options.Limits.MaxRootFields = 2;
            options.Limits.MaxDirectivesPerField = 1;
        });

        Assert.Equal(ErrorCodes.MaxAliasesExceeded, Code(await gateway.ExecuteAsync(new GatewayRequest("{ genres { a: id b: id c: id } }"))));
        Assert.Equal(ErrorCodes.MaxRootFieldsExceeded, Code(await gateway.ExecuteAsync(new GatewayRequest("{ genres { id } ...F } fragment F on Query { platforms { id } companies { id } }"))));
        Assert.Equal(ErrorCodes.MaxDirectivesExceeded, Code(await gateway.ExecuteAsync(new GatewayRequest("{ genres @include(if: true) @skip(if: false) { id } }"))));
        Assert.Empty(subgraph.Requests);
    }

    private static string? Code(GatewayResult result) =>
        JsonNode.Parse(result.ToJsonString())!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    private static System.Text.Json.JsonElement Json(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement;

    private static FederationGateway Gateway(StubSubgraph subgraph, Action<FederationGatewayOptions>? configure = null) =>
        subgraph.Gateway(configure);
}
