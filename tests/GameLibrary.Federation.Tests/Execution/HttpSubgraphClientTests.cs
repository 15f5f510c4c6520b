using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GameLibrary.Federation.Execution;
using GameLibrary.Federation.Tests.Supergraph.Samples;

namespace GameLibrary.Federation.Tests.Execution;

public sealed class HttpSubgraphClientTests
{
    private const string Traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private static readonly ForwardedHeaders NoHeaders = Forwarded.Nothing;

    [Fact]
    public async Task PostsTheRequestAsJsonWithAcceptHeadersAndForwardedHeaders()
    {
        var handler = new StubHandler((_, _) => Json(HttpStatusCode.OK, """{"data":{"me":{"id":"1"}}}"""));
        using var client = Client(handler, options => options.SubgraphUrls["accounts"] = new Uri("http://override.local/graphql"));

        var result = await client.ExecuteAsync(
            "accounts",
            new SubgraphRequest("query Q { me { id } }", "Q", new JsonObject { ["x"] = 1 }),
            new ForwardedHeaders(new Dictionary<string, string> { ["Authorization"] = "Bearer t" }, default),
            CancellationToken.None);

        Assert.Equal("""{"me":{"id":"1"}}""", result.Data!.ToJsonString());
        Assert.Null(result.Errors);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://override.local/graphql", request.Uri);
        Assert.Equal("""{"query":"query Q { me { id } }","operationName":"Q","variables":{"x":1}}""", request.Body);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("application/graphql-response+json, application/json", request.Accept);
        Assert.Equal("Bearer t", request.Authorization);
        Assert.Empty(request.Traceparent);
        Assert.Empty(request.Tracestate);
    }

    [Fact]
    public async Task SendsTheCallersTraceContextAsItCameWhenNoActivityIsCurrent()
    {
        var handler = new StubHandler((_, _) => Json(HttpStatusCode.OK, """{"data":{"x":1}}"""));
        using var client = Client(handler);
        var forwarded = new ForwardedHeaders(new Dictionary<string, string>(), TraceContext.From(Traceparent, "vendor=a,other=b"));

        await client.ExecuteAsync("products", new SubgraphRequest("{ x }", null, []), forwarded, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal([Traceparent], request.Traceparent);
        Assert.Equal(["vendor=a,other=b"], request.Tracestate);
    }

    [Fact]
    public async Task LeavesTheTraceContextToTheHttpInstrumentationWhileAnActivityIsCurrent()
    {
        var handler = new StubHandler((_, _) => Json(HttpStatusCode.OK, """{"data":{"x":1}}"""));
        using var client = Client(handler);
        var forwarded = new ForwardedHeaders(new Dictionary<string, string>(), TraceContext.From(Traceparent, "vendor=a"));
        using var activity = new Activity("gateway request").Start();

        await client.ExecuteAsync("products", new SubgraphRequest("{ x }", null, []), forwarded, CancellationToken.None);

        // The stub is the whole pipeline (no diagnostics handler): nothing of the caller's was added beside the Activity's.
        var request = Assert.Single(handler.Requests);
        Assert.Empty(request.Traceparent);
        Assert.Empty(request.Tracestate);
    }

    [Fact]
    public async Task AcceptsANonSuccessStatusThatCarriesAGraphQLResponse()
    {
        var handler = new StubHandler((_, _) => Json(HttpStatusCode.BadRequest, """{"errors":[{"message":"bad"}]}""", "application/graphql-response+json"));
        using var client = Client(handler);

        var result = await client.ExecuteAsync("products", new SubgraphRequest("{ x }", null, []), NoHeaders, CancellationToken.None);

        Assert.Equal("bad", result.Errors![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, "text/html", "<html>oops</html>", "HTTP fetch failed from 'products': 500: Internal Server Error")]
    [InlineData(HttpStatusCode.OK, "application/json", "{not json", "HTTP fetch failed from 'products': the response body is not valid JSON")]
    [InlineData(HttpStatusCode.OK, "application/json", "[1,2]", "HTTP fetch failed from 'products': the response is not a GraphQL response")]
    [InlineData(HttpStatusCode.BadGateway, "application/json", "{\"message\":\"down\"}", "HTTP fetch failed from 'products': 502: Bad Gateway")]
    public async Task NonGraphQLResponsesAreHttpErrors(HttpStatusCode status, string contentType, string body, string message)
    {
        using var client = Client(new StubHandler((_, _) => Json(status, body, contentType)));

        var ex = await Assert.ThrowsAsync<SubgraphRequestException>(() =>
            client.ExecuteAsync("products", new SubgraphRequest("{ x }", null, []), NoHeaders, CancellationToken.None));

        Assert.Equal(ErrorCodes.SubrequestHttpError, ex.Code);
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public async Task ConnectionFailuresAreHttpErrors()
    {
        using var client = Client(new StubHandler((Func<HttpRequestMessage, CancellationToken, HttpResponseMessage>)((_, _) => throw new HttpRequestException("Connection refused"))));

        var ex = await Assert.ThrowsAsync<SubgraphRequestException>(() =>
            client.ExecuteAsync("products", new SubgraphRequest("{ x }", null, []), NoHeaders, CancellationToken.None));

        Assert.Equal(ErrorCodes.SubrequestHttpError, ex.Code);
        Assert.Contains("Connection refused", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppliesThePerSubgraphTimeout()
    {
        var handler = new StubHandler(async (_, token) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), token);
            return Json(HttpStatusCode.OK, "{}");
        });
        using var client = Client(handler, options =>
        {
            options.SubgraphTimeout = TimeSpan.FromSeconds(30);
            options.SubgraphTimeouts["products"] = TimeSpan.FromMilliseconds(50);
        });

        var ex = await Assert.ThrowsAsync<SubgraphRequestException>(() =>
            client.ExecuteAsync("products", new SubgraphRequest("{ x }", null, []), NoHeaders, CancellationToken.None));

        Assert.Equal(ErrorCodes.SubrequestTimeout, ex.Code);
        Assert.Equal("Request to subgraph 'products' timed out after 50 ms.", ex.Message);
    }

    [Fact]
    public async Task CallerCancellationIsNotATimeout()
    {
        using var cancel = new CancellationTokenSource();
        var handler = new StubHandler(async (_, token) =>
        {
            await cancel.CancelAsync();
            await Task.Delay(TimeSpan.FromSeconds(30), token);
            return Json(HttpStatusCode.OK, "{}");
        });
        using var client = Client(handler);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.ExecuteAsync("products", new SubgraphRequest("{ x }", null, []), NoHeaders, cancel.Token));
    }

    private static HttpSubgraphClient Client(StubHandler handler, Action<FederationGatewayOptions>? configure = null)
    {
        var options = new FederationGatewayOptions { HttpClient = new HttpClient(handler) };
        configure?.Invoke(options);
        return new HttpSubgraphClient(SampleSupergraphs.Load("basic"), options);
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body, string contentType = "application/json") =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };

    private sealed class StubHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
    {
        public StubHandler(Func<HttpRequestMessage, CancellationToken, HttpResponseMessage> respond)
            : this((request, token) => Task.FromResult(respond(request, token)))
        {
        }

        public List<RecordedRequest> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(new RecordedRequest(
                request.Method,
                request.RequestUri!.ToString(),
                request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken),
                request.Content?.Headers.ContentType?.MediaType,
                string.Join(", ", request.Headers.Accept.Select(a => a.ToString())),
                request.Headers.Authorization?.ToString(),
                Values(request, TraceContext.TraceparentHeader),
                Values(request, TraceContext.TracestateHeader)));
            return await respond(request, cancellationToken);
        }

        private static string[] Values(HttpRequestMessage request, string header) =>
            request.Headers.TryGetValues(header, out var values) ? [.. values] : [];
    }

    private sealed record RecordedRequest(
        HttpMethod Method,
        string Uri,
        string Body,
        string? ContentType,
        string Accept,
        string? Authorization,
        string[] Traceparent,
        string[] Tracestate);
}
