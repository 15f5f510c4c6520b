using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

using GameLibrary.Subgraph.Toolkit.Tests.Support;

using GameLibrary.Testing;
using Microsoft.AspNetCore.TestHost;

namespace GameLibrary.Subgraph.Toolkit.Tests;

/// <summary>Subscriptions end to end: GraphQL.NET's event stream through the transport's SSE and WebSocket protocols.</summary>
public sealed class SubscriptionTransportTests : IAsyncLifetime
{
    private TestSubgraph _subgraph = null!;

    public async Task InitializeAsync() => _subgraph = await TestSubgraph.StartAsync();

    public async Task DisposeAsync() => await _subgraph.DisposeAsync();

    [Fact]
    public async Task A_subscription_over_SSE_streams_each_event_then_completes()
    {
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "subscription { countdown(from: 3) }" }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using HttpResponseMessage response = await _subgraph.Client.SendAsync(request);
        IReadOnlyList<ServerSentEvent> events = ServerSentEvent.ParseAll(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            [
                new ServerSentEvent("next", """{"data":{"countdown":3}}"""),
                new ServerSentEvent("next", """{"data":{"countdown":2}}"""),
                new ServerSentEvent("next", """{"data":{"countdown":1}}"""),
                new ServerSentEvent("complete", ""),
            ],
            events);
    }

    [Fact]
    public async Task An_invalid_subscription_over_SSE_is_an_ordinary_400_JSON_response_and_no_stream()
    {
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "subscription { countdown(from: 3) nope }" }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using HttpResponseMessage response = await _subgraph.Client.SendAsync(request);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(body["data"]);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_subscription_over_graphql_transport_ws_streams_each_event_then_completes()
    {
        WebSocketClient client = _subgraph.App.GetTestServer().CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using WebSocket socket = await client.ConnectAsync(new Uri("ws://localhost/graphql"), CancellationToken.None);

        await SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
        await SendAsync(socket, """{"id":"s1","type":"subscribe","payload":{"query":"subscription { countdown(from: 2) }"}}""");

        List<string> messages = [];
        for (int i = 0; i < 3; i++)
        {
            messages.Add((await ReceiveAsync(socket)).ToJsonString());
        }

        Assert.Equal(
            [
                """{"id":"s1","type":"next","payload":{"data":{"countdown":2}}}""",
                """{"id":"s1","type":"next","payload":{"data":{"countdown":1}}}""",
                """{"id":"s1","type":"complete"}""",
            ],
            messages);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    [Fact]
    public async Task A_subscription_over_plain_HTTP_is_refused()
    {
        GraphQLResponse response = await _subgraph.PostAsync("subscription { countdown(from: 3) }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["SUBSCRIPTION_TRANSPORT_REQUIRED"], response.ErrorCodes);
    }

    private static Task SendAsync(WebSocket socket, string message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private static async Task<JsonNode> ReceiveAsync(WebSocket socket)
    {
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(10));
        using MemoryStream message = new();
        byte[] buffer = new byte[4096];
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(message.ToArray())!;
    }
}
