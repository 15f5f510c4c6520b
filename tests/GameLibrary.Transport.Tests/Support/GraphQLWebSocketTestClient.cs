using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

using Microsoft.AspNetCore.TestHost;

namespace GameLibrary.Transport.Tests.Support;

/// <summary>A graphql-transport-ws client for tests; every receive gives up after a generous timeout.</summary>
public sealed class GraphQLWebSocketTestClient : IDisposable
{
    private static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(15);

    private GraphQLWebSocketTestClient(WebSocket socket)
    {
        Socket = socket;
    }

    public WebSocket Socket { get; }

    public static async Task<GraphQLWebSocketTestClient> ConnectAsync(TestServer server, string[] subProtocols)
    {
        WebSocketClient client = server.CreateWebSocketClient();
        foreach (string subProtocol in subProtocols)
        {
            client.SubProtocols.Add(subProtocol);
        }

        WebSocket socket = await client.ConnectAsync(new Uri(server.BaseAddress, "graphql"), CancellationToken.None);
        return new GraphQLWebSocketTestClient(socket);
    }

    public static GraphQLWebSocketTestClient Wrap(WebSocket socket) => new(socket);

    public Task SendAsync(string message) =>
        Socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>Sends one message split over several frames.</summary>
    public async Task SendFramesAsync(params string[] frames)
    {
        for (int i = 0; i < frames.Length; i++)
        {
            await Socket.SendAsync(Encoding.UTF8.GetBytes(frames[i]), WebSocketMessageType.Text, i == frames.Length - 1, CancellationToken.None);
        }
    }

    public Task SubscribeAsync(string id, string query) =>
        SendAsync(JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query } }));

    /// <summary>Sends connection_init and expects connection_ack.</summary>
    public async Task InitAsync(string? payloadJson = null)
    {
        await SendAsync(payloadJson is null
            ? """{"type":"connection_init"}"""
            : $$"""{"type":"connection_init","payload":{{payloadJson}}}""");
        JsonElement ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
    }

    /// <summary>The next message's raw text; fails if the server closes instead.</summary>
    public async Task<string> ReceiveTextAsync()
    {
        (WebSocketMessageType type, string text) = await ReceiveMessageAsync();
        Assert.True(type == WebSocketMessageType.Text, $"Expected a message, got a close: {Socket.CloseStatus} {Socket.CloseStatusDescription}");
        return text;
    }

    public async Task<JsonElement> ReceiveAsync()
    {
        using JsonDocument document = JsonDocument.Parse(await ReceiveTextAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Expects the server's close frame (no message before it) and answers it.</summary>
    public async Task<(int Status, string? Reason)> ReceiveCloseAsync()
    {
        (WebSocketMessageType type, string text) = await ReceiveMessageAsync();
        Assert.True(type == WebSocketMessageType.Close, $"Expected a close, got a message: {text}");
        if (Socket.State == WebSocketState.CloseReceived)
        {
            await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, string.Empty, CancellationToken.None);
        }

        return ((int)Socket.CloseStatus!.Value, Socket.CloseStatusDescription);
    }

    public void Dispose()
    {
        Socket.Abort();
        Socket.Dispose();
    }

    private async Task<(WebSocketMessageType Type, string Text)> ReceiveMessageAsync()
    {
        using CancellationTokenSource timeout = new(ReceiveTimeout);
        using MemoryStream message = new();
        byte[] buffer = new byte[4096];
        while (true)
        {
            WebSocketReceiveResult received = await Socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return (WebSocketMessageType.Close, string.Empty);
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return (received.MessageType, Encoding.UTF8.GetString(message.ToArray()));
            }
        }
    }
}
