using System.Net;
using System.Text;

using Microsoft.Extensions.DependencyInjection.Extensions;

using Snapshooter.Xunit;

using GameLibrary.Transport.Execution;
using GameLibrary.Transport.Tests.Support;

namespace GameLibrary.Transport.Tests;

public sealed class HttpPostTests
{
    private const string Undecodable = "The request body is not valid JSON: it is not UTF-8, or it escapes an unpaired surrogate (such as \\ud800).";

    [Fact]
    public async Task Query_IsExecuted_AndAnsweredAsGraphQLResponseJson()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync(GraphQLHttp.HelloBody);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.MediaType);
        Assert.Equal("utf-8", response.CharSet);
        Assert.Equal("""{"data":{"hello":"world"}}""", response.Body);
        (GraphQLRequest request, GraphQLRequestContext context) = Assert.Single(host.Probe.Calls);
        Assert.Equal("{ hello }", request.Query);
        Assert.Equal(GraphQLTransportKind.HttpPost, context.Transport);
        Assert.False(context.QueryOnly);
    }

    [Fact]
    public async Task Parameters_ReachTheExecutor()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync(
            """{"query":"query Echo { echo }","operationName":"Echo","variables":{"id":"1","n":[1,2]},"extensions":{"trace":true},"unknown":1}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(
            """{"data":{"echo":{"operationName":"Echo","variables":{"id":"1","n":[1,2]},"extensions":{"trace":true}}}}""",
            response.Body);
    }

    [Fact]
    public async Task NullOptionalParameters_MeanAbsent()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync(
            """{"query":"{ echo }","operationName":null,"variables":null,"extensions":null}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"echo":{"operationName":null,"variables":null,"extensions":null}}}""", response.Body);
    }

    [Fact]
    public async Task Mutation_IsAllowedOverPost()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync("""{"query":"mutation { like }"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"like":true}}""", response.Body);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task JsonContentType_IsAccepted(string contentType)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync(GraphQLHttp.HelloBody, contentType);

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task OtherContentType_Is415(string? contentType)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync(GraphQLHttp.HelloBody, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(GraphQLTransportErrorCodes.UnsupportedMediaType, response.ErrorCode);
        Assert.Empty(host.Probe.Calls);
        await client.AssertServesHelloAsync();
    }

    [Fact]
    public async Task UnsupportedMediaType_Body()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync(GraphQLHttp.HelloBody, "text/plain");

        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.MediaType);
        Snapshot.Match(response.PrettyBody);
    }

    [Theory]
    [InlineData(GraphQLHttp.GraphQLResponseJson)]
    [InlineData(GraphQLHttp.Json)]
    public async Task MalformedJson_Is400InvalidJson(string accept)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync("""{"query":""", accept: accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.Equal(GraphQLTransportErrorCodes.InvalidJson, response.ErrorCode);
        Assert.Empty(host.Probe.Calls);
        await client.AssertServesHelloAsync();
    }

    [Theory]
    [InlineData(GraphQLHttp.GraphQLResponseJson, "{\"query\":\"{ hello(name: \\\"\u00FF\u00FE\\\") }\"}")]
    [InlineData(GraphQLHttp.Json, "{\"query\":\"{ hello }\",\"variables\":{\"name\":\"\u00FF\u00FE\"}}")]
    [InlineData(GraphQLHttp.GraphQLResponseJson, "{\"query\":\"{ hello }\",\"operationName\":\"\u00FF\"}")]
    [InlineData(GraphQLHttp.GraphQLResponseJson, "{\"query\":\"{ hello }\",\"\u00FE\":1}")]
    public async Task InvalidUtf8_Is400InvalidJson(string accept, string latin1Body)
    {
        // Latin-1 maps each char to one byte: U+00FF and U+00FE become the bytes FF FE, which UTF-8 never holds.
        byte[] body = Encoding.Latin1.GetBytes(latin1Body);
        Assert.False(System.Text.Unicode.Utf8.IsValid(body));
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.SendGraphQLAsync(GraphQLHttp.Post(body, accept: accept));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.Equal(GraphQLTransportErrorCodes.InvalidJson, response.ErrorCode);
        Assert.Equal(Undecodable, response.ErrorMessage);
        Assert.Empty(host.Probe.Calls);
        await client.AssertServesHelloAsync();
    }

    /// <summary>Found by the bad-input corpus (#15): an escaped unpaired surrogate reached the parser, whose decoding threw (500).</summary>
    [Theory]
    [InlineData("""{"query":"{ hello(name: \"\ud800\") }"}""")]
    [InlineData("""{"query":"{ hello }","variables":{"name":"\udc00"}}""")]
    [InlineData("""{"query":"{ hello }","operationName":"A\ud800\u0041"}""")]
    [InlineData("""{"query":"{ hello }","\udbff":1}""")]
    public async Task UnpairedSurrogateEscape_Is400InvalidJson(string body)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.SendGraphQLAsync(GraphQLHttp.Post(Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(GraphQLTransportErrorCodes.InvalidJson, response.ErrorCode);
        Assert.Equal(Undecodable, response.ErrorMessage);
        Assert.Empty(host.Probe.Calls);
        await client.AssertServesHelloAsync();
    }

    [Fact]
    public async Task InvalidUtf8_OverServerSentEvents_Is400InvalidJson()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.SendGraphQLAsync(
            GraphQLHttp.Post(Encoding.Latin1.GetBytes("{\"query\":\"{ hello(name: \\\"\u00FF\u00FE\\\") }\"}"), accept: "text/event-stream"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.MediaType);
        Assert.Equal(GraphQLTransportErrorCodes.InvalidJson, response.ErrorCode);
    }

    [Fact]
    public async Task MalformedJson_Body()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync("NONSENSE");

        Snapshot.Match(response.PrettyBody);
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("""{"query":"{ hello }"} trailing""", "not valid JSON")]
    [InlineData("""{"query":"{ hello }",}""", "not valid JSON")]
    public async Task NotQuiteJson_Is400InvalidJson(string body, string message)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(GraphQLTransportErrorCodes.InvalidJson, response.ErrorCode);
        Assert.Contains(message, response.ErrorMessage, StringComparison.Ordinal);
        await client.AssertServesHelloAsync();
    }

    [Theory]
    [InlineData("""[{"query":"{ hello }"}]""", "must be a JSON object")]
    [InlineData("\"{ hello }\"", "must be a JSON object")]
    [InlineData("null", "must be a JSON object")]
    [InlineData("""{}""", "'query' parameter is required")]
    [InlineData("""{"qeury":"{ hello }"}""", "'query' parameter is required")]
    [InlineData("""{"query":null}""", "'query' parameter is required")]
    [InlineData("""{"query":7}""", "'query' parameter is required")]
    [InlineData("""{"query":{"a":1}}""", "'query' parameter is required")]
    [InlineData("""{"query":["{ hello }"]}""", "'query' parameter is required")]
    [InlineData("""{"query":true}""", "'query' parameter is required")]
    [InlineData("""{"extensions":{"other":1}}""", "'query' parameter is required")]
    [InlineData("""{"query":7,"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}""", "'query' parameter is required")]
    [InlineData("""{"query":"{ hello }","operationName":7}""", "'operationName' parameter must be a string or null")]
    [InlineData("""{"query":"{ hello }","operationName":{}}""", "'operationName' parameter must be a string or null")]
    [InlineData("""{"query":"{ hello }","variables":[7]}""", "'variables' parameter must be an object or null")]
    [InlineData("""{"query":"{ hello }","variables":"{}"}""", "'variables' parameter must be an object or null")]
    [InlineData("""{"query":"{ hello }","extensions":1}""", "'extensions' parameter must be an object or null")]
    public async Task MalformedRequest_Is400BadRequest(string body, string message)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(GraphQLTransportErrorCodes.BadRequest, response.ErrorCode);
        Assert.Contains(message, response.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(host.Probe.Calls);
        await client.AssertServesHelloAsync();
    }

    [Theory]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}""")]
    [InlineData("""{"query":null,"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":"anything: the engine judges it"}}""")]
    public async Task HashOnlyPersistedQuery_ReachesTheEngine_AndItsMissIs200NotCached(string body)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();
        using HttpRequestMessage request = GraphQLHttp.Post(body);

        using HttpResponseMessage response = await client.SendAsync(request);

        (GraphQLRequest received, _) = Assert.Single(host.Probe.Calls);
        Assert.Null(received.Query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { NoCache: true, Private: true }, $"Cache-Control: {response.Headers.CacheControl}");
        string answer = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"code\":\"PERSISTED_QUERY_NOT_FOUND\"", answer, StringComparison.Ordinal);
        Assert.Contains(System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("extensions").GetProperty("persistedQuery").GetRawText(), answer, StringComparison.Ordinal);
        await client.AssertServesHelloAsync();
    }

    [Fact]
    public async Task MalformedRequest_IsStill400UnderApplicationJson()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync("""{"query":7}""", accept: GraphQLHttp.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(GraphQLHttp.Json, response.MediaType);
    }

    [Theory]
    [InlineData(GraphQLHttp.GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(GraphQLHttp.Json, HttpStatusCode.OK)]
    public async Task UnknownOperationName_IsARequestError(string accept, HttpStatusCode expected)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync("""{"query":"query A { hello }","operationName":"B"}""", accept: accept);

        Assert.Equal(expected, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.Equal("Unknown operation named \"B\".", response.ErrorMessage);
        Assert.False(response.Json.TryGetProperty("data", out _));
        await client.AssertServesHelloAsync();
    }

    [Theory]
    [InlineData(GraphQLHttp.GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(GraphQLHttp.Json, HttpStatusCode.OK)]
    public async Task DocumentThatDoesNotParse_IsARequestError(string accept, HttpStatusCode expected)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync("""{"query":"{ SYNTAX_ERROR"}""", accept: accept);

        Assert.Equal(expected, response.Status);
        Assert.StartsWith("Syntax Error", response.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GraphQLHttp.GraphQLResponseJson, HttpStatusCode.Unauthorized)]
    [InlineData(GraphQLHttp.Json, HttpStatusCode.OK)]
    public async Task Unauthenticated_Is401UnderGraphQLResponseJson(string accept, HttpStatusCode expected)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync("""{"query":"{ unauthenticated }"}""", accept: accept);

        Assert.Equal(expected, response.Status);
        Assert.Equal("Sign in first.", response.ErrorMessage);
    }

    [Fact]
    public async Task BodyLargerThanTheLimit_ByContentLength_Is413()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(options => options.MaxRequestBodySize = 64);
        using HttpClient client = host.CreateClient();
        string body = $$$"""{"query":"{ hello }","extensions":{"pad":"{{{new string('x', 64)}}}"}}""";

        GraphQLHttpResponse response = await client.PostAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(GraphQLTransportErrorCodes.RequestTooLarge, response.ErrorCode);
        Assert.Empty(host.Probe.Calls);
        await client.AssertServesHelloAsync();
    }

    [Fact]
    public async Task BodyLargerThanTheLimit_WithoutContentLength_Is413()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(options => options.MaxRequestBodySize = 64);
        using HttpClient client = host.CreateClient();
        byte[] body = Encoding.UTF8.GetBytes($$$"""{"query":"{ hello }","extensions":{"pad":"{{{new string('x', 10_000)}}}"}}""");
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql") { Content = new UnknownLengthContent(body) };
        request.Content.Headers.ContentType = new("application/json");

        GraphQLHttpResponse response = await client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(GraphQLTransportErrorCodes.RequestTooLarge, response.ErrorCode);
        Assert.Empty(host.Probe.Calls);
        await client.AssertServesHelloAsync();
    }

    [Fact]
    public async Task BodyExactlyAtTheLimit_WithoutContentLength_IsRead()
    {
        byte[] body = Encoding.UTF8.GetBytes(GraphQLHttp.HelloBody);
        await using TransportTestHost host = await TransportTestHost.StartAsync(options => options.MaxRequestBodySize = body.Length);
        using HttpClient client = host.CreateClient();
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql") { Content = new UnknownLengthContent(body) };
        request.Content.Headers.ContentType = new("application/json");

        GraphQLHttpResponse response = await client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task LargeBodyWithinTheLimit_IsReadAcrossBufferGrowth()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();
        string padding = new('x', 100_000);
        byte[] body = Encoding.UTF8.GetBytes($$$"""{"query":"{ echo }","variables":{"pad":"{{{padding}}}"}}""");
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql") { Content = new UnknownLengthContent(body) };
        request.Content.Headers.ContentType = new("application/json");

        GraphQLHttpResponse response = await client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(padding, response.Json.GetProperty("data").GetProperty("echo").GetProperty("variables").GetProperty("pad").GetString());
    }

    [Theory]
    [InlineData("Production", "An unexpected error occurred.")]
    [InlineData("Development", "Secret: the database password is hunter2.")]
    public async Task ExecutorException_Is500_WithTheMessageOnlyInDevelopment(string environment, string message)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(environment: environment);
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync("""{"query":"{ boom }"}""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal(GraphQLTransportErrorCodes.InternalServerError, response.ErrorCode);
        Assert.Equal(message, response.ErrorMessage);
        await client.AssertServesHelloAsync();
    }

    [Fact]
    public async Task ExecutorException_Body()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync("""{"query":"{ boom }"}""");

        Assert.DoesNotContain("hunter2", response.Body, StringComparison.Ordinal);
        Snapshot.Match(response.PrettyBody);
    }

    [Fact]
    public async Task ResultThatFailsToSerialise_AbortsTheResponse()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        await Assert.ThrowsAnyAsync<Exception>(() => client.PostAsync("""{"query":"{ brokenWrite }"}"""));

        await client.AssertServesHelloAsync();
    }

    [Theory]
    [InlineData(GraphQLHttp.GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(GraphQLHttp.Json, HttpStatusCode.OK)]
    public async Task Subscription_OverPlainPost_AsksForAStreamingTransport(string accept, HttpStatusCode expected)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync("""{"query":"subscription { tracked }"}""", accept: accept);

        Assert.Equal(expected, response.Status);
        Assert.Equal(GraphQLTransportErrorCodes.SubscriptionTransportRequired, response.ErrorCode);

        // The stream was released without ever running.
        Assert.Equal(0, host.Probe.TrackedMoves);
        Assert.Equal(1, host.Probe.TrackedDisposals);
        await client.AssertServesHelloAsync();
    }

    [Fact]
    public async Task NoExecutorRegistered_Is500()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(
            services: services => services.RemoveAll<IGraphQLExecutor>());
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync(GraphQLHttp.HelloBody);

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal(GraphQLTransportErrorCodes.InternalServerError, response.ErrorCode);
    }

    /// <summary>Content whose length is unknown up front, so it is sent chunked.</summary>
    private sealed class UnknownLengthContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
