using System.Diagnostics;

using GameLibrary.Gateway.Tests.Support;
using GameLibrary.Testing;

namespace GameLibrary.Gateway.Tests;

/// <summary>
/// The caller's W3C trace context at the subgraphs, through the gateway host as it ships (no collector configured, so
/// hosting diagnostics start no Activity): forwarded as sent when valid, dropped when not, and left to the HTTP client's
/// instrumentation (the gateway's own span as the parent) once something records Activities. Not in the "gateway"
/// collection: its toolkit subgraphs' OpenTelemetry tracer would make the gateway record Activities.
/// </summary>
public sealed class TraceContextTests : IAsyncLifetime
{
    private const string Traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private const string Tracestate = "vendor=opaque,other=value";
    private const string ReviewsWithProducts = "{ latestReviews { body product { name } } }";
    private const string Answer = """{"data":{"latestReviews":[{"body":"Great","product":{"name":"Chair"}}]}}""";

    private RecordingSubgraphs _subgraphs = null!;

    public async Task InitializeAsync()
    {
        // A tracer left by another test would give the gateway Activities: this class would not test what it says.
        using ActivitySource hosting = new("Microsoft.AspNetCore");
        Assert.False(hosting.HasListeners(), "An Activity listener (an OpenTelemetry tracer of another test) is still running in this process.");
        _subgraphs = await RecordingSubgraphs.StartAsync();
    }

    public async Task DisposeAsync() => await _subgraphs.DisposeAsync();

    [Fact]
    public async Task Without_a_collector_every_subgraph_request_carries_the_callers_trace_context_once_as_sent()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, _subgraphs.UrlSettings);

        GraphQLResponse response = await gateway.PostAsync(ReviewsWithProducts, headers: TraceHeaders(Traceparent, Tracestate));

        Assert.Equal(Answer, response.Body);
        Assert.Equal(["reviews", "products"], _subgraphs.Requests.Select(r => r.Subgraph));
        Assert.All(_subgraphs.Requests, request =>
        {
            Assert.Equal([Traceparent], request.Traceparent);
            Assert.Equal([Tracestate], request.Tracestate);
        });
    }

    [Fact]
    public async Task A_mutation_carries_it_too()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, _subgraphs.UrlSettings);

        GraphQLResponse response = await gateway.PostAsync(
            """mutation { renameProduct(id: "1", name: "Renamed") { name } }""",
            headers: TraceHeaders(Traceparent, tracestate: null));

        Assert.Equal("""{"data":{"renameProduct":{"name":"Renamed"}}}""", response.Body);
        RecordingSubgraphs.Received request = Assert.Single(_subgraphs.Requests);
        Assert.Equal([Traceparent], request.Traceparent);
        Assert.Empty(request.Tracestate);
    }

    [Theory]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1")]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-")]
    [InlineData("00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01")]
    [InlineData("00-00000000000000000000000000000000-00f067aa0ba902b7-01")]
    [InlineData("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")]
    [InlineData("not a traceparent")]
    public async Task An_invalid_traceparent_is_not_forwarded_nor_its_tracestate_and_the_query_still_answers(string traceparent)
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, _subgraphs.UrlSettings);

        GraphQLResponse response = await gateway.PostAsync(ReviewsWithProducts, headers: TraceHeaders(traceparent, Tracestate));

        AssertAnsweredWithoutTraceContext(response);
    }

    [Fact]
    public async Task Without_a_traceparent_none_is_forwarded_even_with_a_tracestate()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, _subgraphs.UrlSettings);

        GraphQLResponse response = await gateway.PostAsync(ReviewsWithProducts, headers: new Dictionary<string, string> { ["tracestate"] = Tracestate });

        AssertAnsweredWithoutTraceContext(response);
    }

    [Fact]
    public async Task Trace_headers_configured_as_propagated_are_still_sent_once_and_only_when_valid()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(
            TestSupergraphs.V2,
            _subgraphs.UrlSettings,
            new Dictionary<string, string?>
            {
                ["Gateway:PropagateHeaders:0"] = "Authorization",
                ["Gateway:PropagateHeaders:1"] = "traceparent",
                ["Gateway:PropagateHeaders:2"] = "tracestate",
            });

        await gateway.PostAsync(ReviewsWithProducts, headers: TraceHeaders(Traceparent, Tracestate));
        await gateway.PostAsync(ReviewsWithProducts, headers: TraceHeaders("00-00000000000000000000000000000000-00f067aa0ba902b7-01", Tracestate));

        RecordingSubgraphs.Received[] requests = [.. _subgraphs.Requests];
        Assert.Equal(4, requests.Length);
        Assert.All(requests[..2], request =>
        {
            Assert.Equal([Traceparent], request.Traceparent);
            Assert.Equal([Tracestate], request.Tracestate);
        });
        Assert.All(requests[2..], request =>
        {
            Assert.Empty(request.Traceparent);
            Assert.Empty(request.Tracestate);
        });
    }

    [Fact]
    public async Task A_subscription_connection_to_the_subgraph_carries_the_callers_trace_context_on_its_upgrade_request()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, _subgraphs.UrlSettings);
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"subscription { productRenamed { id name } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        foreach ((string name, string value) in TraceHeaders(Traceparent, Tracestate))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using HttpResponseMessage response = await gateway.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using ServerSentEventReader events = new(await response.Content.ReadAsStreamAsync());

        Assert.Equal(("next", """{"data":{"productRenamed":{"id":"1","name":"Renamed"}}}"""), await events.ReadAsync());
        RecordingSubgraphs.Received upgrade = Assert.Single(_subgraphs.Requests);
        Assert.Equal("products", upgrade.Subgraph);
        Assert.Equal([Traceparent], upgrade.Traceparent);
        Assert.Equal([Tracestate], upgrade.Tracestate);
    }

    [Fact]
    public async Task While_Activities_are_recorded_the_subgraphs_get_the_gateways_span_in_the_callers_trace_once()
    {
        // What a configured collector does: listen to the hosting and HTTP client sources, recording everything.
        using ActivityListener collector = new()
        {
            ShouldListenTo = source => source.Name is "Microsoft.AspNetCore" or "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(collector);
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, _subgraphs.UrlSettings);

        GraphQLResponse response = await gateway.PostAsync(ReviewsWithProducts, headers: TraceHeaders(Traceparent, Tracestate));

        Assert.Equal(Answer, response.Body);
        Assert.Equal(2, _subgraphs.Requests.Count);
        Assert.All(_subgraphs.Requests, request =>
        {
            string sent = Assert.Single(request.Traceparent);
            Assert.True(ActivityContext.TryParse(sent, null, out ActivityContext context), sent);
            Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", context.TraceId.ToHexString());
            Assert.NotEqual("00f067aa0ba902b7", context.SpanId.ToHexString());
            Assert.True(request.Tracestate.Length <= 1);
        });
    }

    private static Dictionary<string, string> TraceHeaders(string traceparent, string? tracestate)
    {
        Dictionary<string, string> headers = new() { ["traceparent"] = traceparent };
        if (tracestate is not null)
        {
            headers["tracestate"] = tracestate;
        }

        return headers;
    }

    /// <summary>The query answered, and neither subgraph request carried a trace context.</summary>
    private void AssertAnsweredWithoutTraceContext(GraphQLResponse response)
    {
        Assert.Equal(Answer, response.Body);
        Assert.Equal(2, _subgraphs.Requests.Count);
        Assert.All(_subgraphs.Requests, request =>
        {
            Assert.Empty(request.Traceparent);
            Assert.Empty(request.Tracestate);
        });
    }
}
