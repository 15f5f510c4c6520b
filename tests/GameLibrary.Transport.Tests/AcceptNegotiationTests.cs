using System.Net;

using GameLibrary.Transport.Http;
using GameLibrary.Transport.Tests.Support;

namespace GameLibrary.Transport.Tests;

public sealed class AcceptNegotiationTests
{
    [Theory]
    [InlineData(null, GraphQLHttp.GraphQLResponseJson)]
    [InlineData("*/*", GraphQLHttp.GraphQLResponseJson)]
    [InlineData("application/*", GraphQLHttp.GraphQLResponseJson)]
    [InlineData("application/json", GraphQLHttp.Json)]
    [InlineData("application/json; charset=utf-8", GraphQLHttp.Json)]
    [InlineData("application/graphql-response+json", GraphQLHttp.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", GraphQLHttp.GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLHttp.GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json;q=0.9", GraphQLHttp.Json)]
    [InlineData("application/graphql-response+json;q=0, */*", GraphQLHttp.Json)]
    [InlineData("text/html, application/json;q=0.5", GraphQLHttp.Json)]
    public async Task ResponseMediaType_FollowsAccept(string? accept, string expected)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync("""{"query":"{ SYNTAX_ERROR }"}""", accept: accept);

        Assert.Equal(expected, response.MediaType);
        Assert.Equal("utf-8", response.CharSet);

        // The status code tells the two media types apart for a request error.
        Assert.Equal(expected == GraphQLHttp.Json ? HttpStatusCode.OK : HttpStatusCode.BadRequest, response.Status);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/*")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("not a media type")]
    public async Task UnacceptableAccept_Is406(string accept)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync(GraphQLHttp.HelloBody, accept: accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal(GraphQLTransportErrorCodes.NotAcceptable, response.ErrorCode);
        Assert.Empty(host.Probe.Calls);
        await client.AssertServesHelloAsync();
    }

    [Fact]
    public async Task EventStream_IsNotAcceptable_WhenSseIsDisabled()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(options => options.EnableServerSentEvents = false);
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync(GraphQLHttp.HelloBody, accept: "text/event-stream");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.DoesNotContain("text/event-stream", response.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/event-stream", nameof(ResponseFormat.EventStream))]
    [InlineData("text/event-stream, application/json", nameof(ResponseFormat.EventStream))]
    [InlineData("application/json, text/event-stream;q=0.5", nameof(ResponseFormat.Json))]
    [InlineData("text/*", null)]
    [InlineData("*/*", nameof(ResponseFormat.GraphQLResponseJson))]
    public void EventStream_MustBeNamed(string accept, string? expected)
    {
        bool acceptable = ResponseFormatNegotiator.TryNegotiate(accept, allowEventStream: true, out ResponseFormat format);

        Assert.Equal(expected is not null, acceptable);
        if (expected is not null)
        {
            Assert.Equal(expected, format.ToString());
        }
    }
}
