using System.Net;

using Snapshooter.Xunit;

using GameLibrary.Transport.Execution;
using GameLibrary.Transport.Tests.Support;

namespace GameLibrary.Transport.Tests;

public sealed class HttpGetTests
{
    [Fact]
    public async Task Query_IsExecuted_AsAQueryOnlyRequest()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.GetGraphQLAsync("query=" + Uri.EscapeDataString("{ hello }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"hello":"world"}}""", response.Body);
        (_, GraphQLRequestContext context) = Assert.Single(host.Probe.Calls);
        Assert.Equal(GraphQLTransportKind.HttpGet, context.Transport);
        Assert.True(context.QueryOnly);
    }

    [Fact]
    public async Task Parameters_AreDecoded()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.GetGraphQLAsync(
            "query=" + Uri.EscapeDataString("query Echo { echo }")
            + "&operationName=Echo"
            + "&variables=" + Uri.EscapeDataString("""{"id":"QVBJcy5ndXJ1"}""")
            + "&extensions=" + Uri.EscapeDataString("""{"trace":true}"""));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(
            """{"data":{"echo":{"operationName":"Echo","variables":{"id":"QVBJcy5ndXJ1"},"extensions":{"trace":true}}}}""",
            response.Body);
    }

    [Fact]
    public async Task EmptyOperationNameAndNullVariables_MeanAbsent()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.GetGraphQLAsync("query=" + Uri.EscapeDataString("{ echo }") + "&operationName=&variables=null&extensions=");

        Assert.Equal("""{"data":{"echo":{"operationName":null,"variables":null,"extensions":null}}}""", response.Body);
    }

    [Theory]
    [InlineData(GraphQLHttp.GraphQLResponseJson)]
    [InlineData(GraphQLHttp.Json)]
    public async Task Mutation_Is405WithAllowPost_InEitherMediaType(string accept)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.GetGraphQLAsync("query=" + Uri.EscapeDataString("mutation { like }"), accept);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.Equal("POST", response.Allow);
        Assert.Equal("Mutations cannot be sent with GET.", response.ErrorMessage);
        await client.AssertServesHelloAsync();
    }

    [Theory]
    [InlineData("", "'query' parameter is required")]
    [InlineData("operationName=A", "'query' parameter is required")]
    [InlineData("extensions=%7B%22other%22%3A1%7D", "'query' parameter is required")]
    [InlineData("query=%7B+hello+%7D&query=%7B+hello+%7D", "'query' parameter is required and must be given once")]
    [InlineData("query=%7B+hello+%7D&operationName=A&operationName=B", "'operationName' parameter must be given at most once")]
    [InlineData("query=%7B+hello+%7D&variables=%5B7%5D", "'variables' parameter must be a JSON-encoded object")]
    [InlineData("query=%7B+hello+%7D&variables=%22x%22", "'variables' parameter must be a JSON-encoded object")]
    [InlineData("query=%7B+hello+%7D&extensions=1", "'extensions' parameter must be a JSON-encoded object")]
    [InlineData("query=%7B+hello+%7D&variables=%7B%7D&variables=%7B%7D", "'variables' parameter must be given at most once")]
    public async Task MalformedParameters_Are400BadRequest(string queryString, string message)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.GetGraphQLAsync(queryString);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(GraphQLTransportErrorCodes.BadRequest, response.ErrorCode);
        Assert.Contains(message, response.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(host.Probe.Calls);
        await client.AssertServesHelloAsync();
    }

    [Fact]
    public async Task HashOnlyPersistedQuery_ReachesTheEngine_AndItsMissIs200NotCached()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();
        using HttpRequestMessage request = GraphQLHttp.Get(
            "extensions=" + Uri.EscapeDataString("""{"persistedQuery":{"version":1,"sha256Hash":"abc"}}"""));

        using HttpResponseMessage response = await client.SendAsync(request);

        (GraphQLRequest received, GraphQLRequestContext context) = Assert.Single(host.Probe.Calls);
        Assert.Null(received.Query);
        Assert.True(context.QueryOnly);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"abc\"}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl is { NoCache: true, Private: true }, $"Cache-Control: {response.Headers.CacheControl}");
        await client.AssertServesHelloAsync();
    }

    [Theory]
    [InlineData("variables", "%7B%22id%22")]
    [InlineData("extensions", "%7Bnope%7D")]
    public async Task ParameterThatIsNotJson_Is400InvalidJson(string name, string value)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.GetGraphQLAsync($"query=%7B+hello+%7D&{name}={value}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(GraphQLTransportErrorCodes.InvalidJson, response.ErrorCode);
        Assert.StartsWith($"The '{name}' parameter is not valid JSON", response.ErrorMessage, StringComparison.Ordinal);
        await client.AssertServesHelloAsync();
    }

    [Fact]
    public async Task Get_Is405_WhenDisabled()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(options => options.EnableGet = false);
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.GetGraphQLAsync("query=" + Uri.EscapeDataString("{ hello }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("POST", response.Allow);
        Assert.Equal(GraphQLTransportErrorCodes.MethodNotAllowed, response.ErrorCode);
        Assert.Empty(host.Probe.Calls);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task OtherMethods_Are405(string method)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();
        HttpRequestMessage request = GraphQLHttp.Post(GraphQLHttp.HelloBody);
        request.Method = new HttpMethod(method);

        GraphQLHttpResponse response = await client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("GET, POST", response.Allow);
        Assert.Equal(GraphQLTransportErrorCodes.MethodNotAllowed, response.ErrorCode);
        Assert.Empty(host.Probe.Calls);
        await client.AssertServesHelloAsync();
    }

    [Fact]
    public async Task MethodNotAllowed_Body()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();
        HttpRequestMessage request = GraphQLHttp.Post(GraphQLHttp.HelloBody);
        request.Method = HttpMethod.Put;

        GraphQLHttpResponse response = await client.SendGraphQLAsync(request);

        Snapshot.Match(response.PrettyBody);
    }
}
