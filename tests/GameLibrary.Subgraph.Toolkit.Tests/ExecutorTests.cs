using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Subgraph.Toolkit.Tests.Sample;
using GameLibrary.Subgraph.Toolkit.Tests.Support;
using GameLibrary.Transport.Execution;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Subgraph.Toolkit.Tests;

/// <summary>The executor seen from the transport: result kinds and the subscription stream's lifetime.</summary>
public sealed class ExecutorTests : IAsyncLifetime
{
    private TestSubgraph _subgraph = null!;
    private AsyncServiceScope _scope;

    public async Task InitializeAsync()
    {
        _subgraph = await TestSubgraph.StartAsync();
        _scope = _subgraph.Services.CreateAsyncScope();
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _subgraph.DisposeAsync();
    }

    [Theory]
    [InlineData(GraphQLTransportKind.HttpPost, "mutation { addReview(productId: 1, body: \"x\") { id } }", GraphQLResultKind.Executed)]
    [InlineData(GraphQLTransportKind.HttpGet, "mutation { addReview(productId: 1, body: \"x\") { id } }", GraphQLResultKind.OperationNotAllowed)]
    [InlineData(GraphQLTransportKind.HttpGet, "{ reviews { id } }", GraphQLResultKind.Executed)]
    [InlineData(GraphQLTransportKind.HttpPost, "{ reviews { nope } }", GraphQLResultKind.RequestError)]
    public async Task The_result_kind_follows_the_transport_and_the_request(GraphQLTransportKind transport, string query, GraphQLResultKind expected)
    {
        GraphQLExecution execution = await ExecuteAsync(new GraphQLRequest(query), transport);

        Assert.Equal(expected, Assert.IsType<GraphQLExecution.SingleResult>(execution).Result.Kind);
    }

    [Theory]
    [InlineData("type Foo { a: Int } { reviews { id } }", "Only operations and fragments may be sent; the document holds a type-system definition (ObjectTypeDefinition).")]
    [InlineData("extend type Query { x: Int } { reviews { id } }", "Only operations and fragments may be sent; the document holds a type-system definition (ObjectTypeExtension).")]
    [InlineData("schema { query: Query } { reviews { id } }", "Only operations and fragments may be sent; the document holds a type-system definition (SchemaDefinition).")]
    [InlineData("directive @x on FIELD { reviews { id } }", "Only operations and fragments may be sent; the document holds a type-system definition (DirectiveDefinition).")]
    public async Task Type_system_definitions_in_a_document_fail_validation(string query, string message)
    {
        JsonNode error = await SingleRequestErrorAsync(new GraphQLRequest(query));

        Assert.Equal(message, error["message"]!.GetValue<string>());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_document_over_the_node_limit_is_refused_with_its_code()
    {
        string query = $"{{ {string.Join(' ', Enumerable.Range(0, 2_001).Select(i => $"a{i}: __typename"))} }}";

        JsonNode error = await SingleRequestErrorAsync(new GraphQLRequest(query));

        Assert.Equal("The document has more than 2000 nodes.", error["message"]!.GetValue<string>());
        Assert.Equal("MAX_NODES_EXCEEDED", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_document_over_the_node_limit_gets_that_error_alone_before_any_rule_runs()
    {
        // A thousand repeated directives: the other rules would add an error for each (and the overlapping-fields rule
        // is quadratic in the fields), so refusing first is what keeps such a document cheap.
        string query = $"{{ __typename {string.Concat(Enumerable.Repeat("@skip(if: false) ", 1_000))}}}";

        JsonNode error = await SingleRequestErrorAsync(new GraphQLRequest(query));

        Assert.Equal("MAX_NODES_EXCEEDED", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Fragments_each_spreading_the_previous_twice_are_refused_for_their_expanded_size()
    {
        // 30 fragments: 157 nodes as written, 2^30 once expanded; GraphQL.NET's rules would walk every expansion.
        string query = "{ ...F29 } fragment F0 on Query { reviews { id } } "
            + string.Concat(Enumerable.Range(1, 29).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }} "));

        JsonNode error = await SingleRequestErrorAsync(new GraphQLRequest(query));

        Assert.Equal("The operation has more than 10000 nodes once its fragments are expanded.", error["message"]!.GetValue<string>());
        Assert.Equal("MAX_NODES_EXCEEDED", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Fragments_reused_within_the_expanded_limit_run()
    {
        // 2^8 copies of F0 (11 syntax nodes: definition, names, type condition, selection sets, fields) and 255 of the
        // 10-node fragments spreading it: about 5,400 nodes expanded, under the 10,000 default.
        string query = "{ ...F8 } fragment F0 on Query { reviews { id } } "
            + string.Concat(Enumerable.Range(1, 8).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }} "));

        GraphQLExecution execution = await ExecuteAsync(new GraphQLRequest(query));

        Assert.Equal(GraphQLResultKind.Executed, Assert.IsType<GraphQLExecution.SingleResult>(execution).Result.Kind);
    }

    [Fact]
    public async Task A_hash_only_persisted_query_is_not_supported_by_a_subgraph()
    {
        using JsonDocument extensions = JsonDocument.Parse("""{"persistedQuery":{"version":1,"sha256Hash":"abc"}}""");

        GraphQLExecution execution = await ExecuteAsync(new GraphQLRequest(null, Extensions: extensions.RootElement));

        IGraphQLResult result = Assert.IsType<GraphQLExecution.SingleResult>(execution).Result;
        Assert.Equal(GraphQLResultKind.PersistedQueryMiss, result.Kind);
        Assert.Equal(
            """{"errors":[{"message":"PersistedQueryNotSupported","extensions":{"code":"PERSISTED_QUERY_NOT_SUPPORTED"}}]}""",
            Write(result));
    }

    [Fact]
    public async Task A_document_under_the_node_limit_runs()
    {
        string query = $"{{ {string.Join(' ', Enumerable.Range(0, 300).Select(i => $"a{i}: __typename"))} }}";

        GraphQLExecution execution = await ExecuteAsync(new GraphQLRequest(query));

        Assert.Equal(GraphQLResultKind.Executed, Assert.IsType<GraphQLExecution.SingleResult>(execution).Result.Kind);
    }

    [Fact]
    public async Task A_number_of_more_than_100_characters_in_the_variables_is_bad_user_input()
    {
        using JsonDocument variables = JsonDocument.Parse($$"""{"n": [1, {"deep": {{new string('9', 101)}}}]}""");

        JsonNode error = await SingleRequestErrorAsync(new GraphQLRequest("{ reviews { id } }", Variables: variables.RootElement));

        Assert.Equal("The variables hold a number longer than 100 characters.", error["message"]!.GetValue<string>());
        Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Variables_that_are_not_an_object_are_bad_user_input()
    {
        using JsonDocument variables = JsonDocument.Parse("[1, 2]");

        GraphQLExecution execution = await ExecuteAsync(new GraphQLRequest("{ reviews { id } }", Variables: variables.RootElement));

        IGraphQLResult result = Assert.IsType<GraphQLExecution.SingleResult>(execution).Result;
        Assert.Equal(GraphQLResultKind.RequestError, result.Kind);
        JsonNode json = JsonNode.Parse(Write(result))!;
        Assert.False(json.AsObject().ContainsKey("data"));
        Assert.Equal("The variables of a request must be a JSON object.", json["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("BAD_USER_INPUT", json["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Variables_nested_beyond_the_serializers_depth_limit_are_bad_user_input()
    {
        string deep = string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100));
        using JsonDocument variables = JsonDocument.Parse($$"""{"id":{{deep}}}""", new JsonDocumentOptions { MaxDepth = 200 });

        GraphQLExecution execution = await ExecuteAsync(new GraphQLRequest("query ($id: ID) { product(id: $id) { name } }", Variables: variables.RootElement));

        IGraphQLResult result = Assert.IsType<GraphQLExecution.SingleResult>(execution).Result;
        Assert.Equal(GraphQLResultKind.RequestError, result.Kind);
        JsonNode json = JsonNode.Parse(Write(result))!;
        Assert.StartsWith("The variables could not be read:", json["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", json["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Disposing_the_event_stream_unsubscribes_from_the_source()
    {
        Ticker ticker = _subgraph.Services.GetRequiredService<Ticker>();
        GraphQLExecution execution = await ExecuteAsync(new GraphQLRequest("subscription { ticker }"), GraphQLTransportKind.ServerSentEvents);
        IAsyncEnumerator<IGraphQLResult> events = Assert.IsType<GraphQLExecution.ResultStream>(execution).Events.GetAsyncEnumerator();

        Assert.True(await events.MoveNextAsync());
        Assert.Equal("""{"data":{"ticker":1}}""", Write(events.Current));
        ticker.Emit(2);
        Assert.True(await events.MoveNextAsync());
        Assert.Equal("""{"data":{"ticker":2}}""", Write(events.Current));
        Assert.False(ticker.Unsubscribed.IsCompleted);

        await events.DisposeAsync();

        await ticker.Unsubscribed.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Cancelling_the_event_stream_unsubscribes_from_the_source()
    {
        Ticker ticker = _subgraph.Services.GetRequiredService<Ticker>();
        using CancellationTokenSource cancellation = new();
        GraphQLExecution execution = await ExecuteAsync(new GraphQLRequest("subscription { ticker }"), GraphQLTransportKind.WebSocket);
        await using IAsyncEnumerator<IGraphQLResult> events = Assert.IsType<GraphQLExecution.ResultStream>(execution).Events.GetAsyncEnumerator(cancellation.Token);
        Assert.True(await events.MoveNextAsync());

        ValueTask<bool> next = events.MoveNextAsync();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await next);
        await ticker.Unsubscribed.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_protected_subscription_is_refused_before_its_stream_starts()
    {
        Ticker ticker = _subgraph.Services.GetRequiredService<Ticker>();
        ClaimsPrincipal player = new(new ClaimsIdentity([new Claim("sub", "1"), new Claim("role", "player")], "test", "name", "role"));

        GraphQLExecution execution = await ExecuteAsync(new GraphQLRequest("subscription { adminTicker }"), GraphQLTransportKind.ServerSentEvents, player);

        IGraphQLResult result = Assert.IsType<GraphQLExecution.SingleResult>(execution).Result;
        Assert.Contains("\"code\":\"FORBIDDEN\"", Write(result), StringComparison.Ordinal);
        Assert.False(ticker.Unsubscribed.IsCompleted);
    }

    private ValueTask<GraphQLExecution> ExecuteAsync(GraphQLRequest request, GraphQLTransportKind transport = GraphQLTransportKind.HttpPost, ClaimsPrincipal? user = null)
    {
        IGraphQLExecutor executor = _scope.ServiceProvider.GetRequiredService<IGraphQLExecutor>();
        GraphQLRequestContext context = new(transport, user ?? new ClaimsPrincipal(new ClaimsIdentity()), new HeaderDictionary(), _scope.ServiceProvider);
        return executor.ExecuteAsync(request, context, CancellationToken.None);
    }

    /// <summary>Runs a request that must fail as a whole and returns its single error.</summary>
    private async Task<JsonNode> SingleRequestErrorAsync(GraphQLRequest request)
    {
        IGraphQLResult result = Assert.IsType<GraphQLExecution.SingleResult>(await ExecuteAsync(request)).Result;
        Assert.Equal(GraphQLResultKind.RequestError, result.Kind);
        return Assert.Single(JsonNode.Parse(Write(result))!["errors"]!.AsArray())!;
    }

    private static string Write(IGraphQLResult result)
    {
        using MemoryStream buffer = new();
        using (Utf8JsonWriter writer = new(buffer))
        {
            result.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
