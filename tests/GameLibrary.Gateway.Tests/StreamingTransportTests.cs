using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

using GameLibrary.Gateway.Tests.Support;

namespace GameLibrary.Gateway.Tests;

/// <summary>The transport's other two protocols reach the engine too: graphql-transport-ws and Server-Sent Events.</summary>
[Collection(GatewayCollection.Name)]
public sealed class StreamingTransportTests(SubgraphsFixture subgraphs)
{
    [Fact]
    public async Task A_query_over_Server_Sent_Events_is_one_next_event_then_complete()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ product(id: 2) { name reviews { body } } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using HttpResponseMessage response = await gateway.Client.SendAsync(request);
        string body = (await response.Content.ReadAsStringAsync()).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("event: next\ndata: {\"data\":{\"product\":{\"name\":\"Go\",\"reviews\":[{\"body\":\"Beautiful\"}]}}}\n", body, StringComparison.Ordinal);
        Assert.EndsWith("event: complete\ndata:\n\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_a_WebSocket_queries_are_answered_and_subscriptions_refused()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        using ClientWebSocket socket = new();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        UriBuilder url = new(new Uri(gateway.Client.BaseAddress!, "/graphql")) { Scheme = "ws" };
        await socket.ConnectAsync(url.Uri, CancellationToken.None);

        await SendAsync(socket, new JsonObject { ["type"] = "connection_init" });
        JsonNode ack = await ReceiveAsync(socket);
        await SendAsync(socket, Subscribe("1", "{ product(id: 1) { name } }"));
        JsonNode next = await ReceiveAsync(socket);
        JsonNode complete = await ReceiveAsync(socket);
        await SendAsync(socket, Subscribe("2", "subscription { productRenamed { name } }"));
        JsonNode refused = await ReceiveAsync(socket);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);

        Assert.Equal("connection_ack", ack["type"]!.GetValue<string>());
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"product":{"name":"Chess"}}}}""", next.ToJsonString());
        Assert.Equal("""{"id":"1","type":"complete"}""", complete.ToJsonString());
        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Equal("OPERATION_NOT_ALLOWED", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private static JsonObject Subscribe(string id, string query) =>
        new() { ["id"] = id, ["type"] = "subscribe", ["payload"] = new JsonObject { ["query"] = query } };

    private static Task SendAsync(ClientWebSocket socket, JsonObject message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private static async Task<JsonNode> ReceiveAsync(ClientWebSocket socket)
    {
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(15));
        using MemoryStream message = new();
        byte[] buffer = new byte[4096];
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(message.ToArray()) ?? throw new InvalidOperationException("A JSON null message.");
    }
}
