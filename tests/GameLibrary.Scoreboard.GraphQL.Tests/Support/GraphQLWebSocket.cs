using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace GameLibrary.Scoreboard.GraphQL.Tests.Support;

/// <summary>A graphql-transport-ws client of a test server.</summary>
public sealed class GraphQLWebSocket : IAsyncDisposable
{
    private readonly WebSocket _socket;

    private GraphQLWebSocket(WebSocket socket) => _socket = socket;

    public static async Task<GraphQLWebSocket> ConnectAsync(WebApplication app, string? token = null)
    {
        WebSocketClient client = app.GetTestServer().CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        if (token is not null)
        {
            // The upgrade request carries the token, as a browser's cookie-less client behind the gateway would forward it.
            client.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {token}";
        }

        GraphQLWebSocket socket = new(await client.ConnectAsync(new Uri("ws://localhost/graphql"), CancellationToken.None));
        await socket.SendAsync(new JsonObject { ["type"] = "connection_init" });
        JsonNode ack = await socket.ReceiveAsync();
        Assert.Equal("connection_ack", ack["type"]!.GetValue<string>());
        return socket;
    }

    public Task SubscribeAsync(string id, string query) =>
        SendAsync(new JsonObject { ["id"] = id, ["type"] = "subscribe", ["payload"] = new JsonObject { ["query"] = query } });

    public Task SendAsync(JsonNode message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next message; fails when none arrives within 15 s.</summary>
    public async Task<JsonNode> ReceiveAsync()
    {
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(15));
        using MemoryStream message = new();
        byte[] buffer = new byte[8192];
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(message.ToArray())!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }

        _socket.Dispose();
    }
}
