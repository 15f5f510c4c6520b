using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace GameLibrary.Gateway.Tests.Support;

/// <summary>A graphql-transport-ws client speaking the protocol message by message, so tests see every one.</summary>
public sealed class GraphQLWebSocketClient : IAsyncDisposable
{
    private static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(15);

    private readonly ClientWebSocket _socket;

    private GraphQLWebSocketClient(ClientWebSocket socket) => _socket = socket;

    public WebSocketState State => _socket.State;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <summary>
    /// Connects to <paramref name="url"/> (http or ws) with the graphql-transport-ws subprotocol, through
    /// <paramref name="invoker"/> when given (<see cref="DroppableConnections"/>).
    /// </summary>
    public static async Task<GraphQLWebSocketClient> ConnectAsync(Uri url, HttpMessageInvoker? invoker = null)
    {
        UriBuilder webSocketUrl = new(url) { Scheme = url.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" };
        ClientWebSocket socket = new();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        try
        {
            await socket.ConnectAsync(webSocketUrl.Uri, invoker, CancellationToken.None);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new GraphQLWebSocketClient(socket);
    }

    /// <summary>Sends <c>connection_init</c> and returns the server's answer (<c>connection_ack</c> when accepted).</summary>
    public async Task<JsonNode> InitializeAsync()
    {
        await SendAsync(new JsonObject { ["type"] = "connection_init" });
        return await ReceiveAsync();
    }

    public Task SubscribeAsync(string id, string query, JsonObject? variables = null)
    {
        JsonObject payload = new() { ["query"] = query };
        if (variables is not null)
        {
            payload["variables"] = variables;
        }

        return SendAsync(new JsonObject { ["id"] = id, ["type"] = "subscribe", ["payload"] = payload });
    }

    public Task CompleteAsync(string id) => SendAsync(new JsonObject { ["id"] = id, ["type"] = "complete" });

    public Task SendAsync(JsonObject message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next message; throws when none arrives in 15 s or the server closes the socket.</summary>
    public async Task<JsonNode> ReceiveAsync()
    {
        using CancellationTokenSource timeout = new(ReceiveTimeout);
        using MemoryStream message = new();
        byte[] buffer = new byte[4096];
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException($"The server closed the socket: {result.CloseStatus} {result.CloseStatusDescription}");
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(message.ToArray()) ?? throw new InvalidOperationException("A JSON null message.");
    }

    /// <summary>Reads until the server's close frame, answers it, and returns its status; throws on any other message.</summary>
    public async Task<WebSocketCloseStatus?> ReceiveCloseAsync()
    {
        using CancellationTokenSource timeout = new(ReceiveTimeout);
        byte[] buffer = new byte[4096];
        WebSocketReceiveResult result = await _socket.ReceiveAsync(buffer, timeout.Token);
        if (result.MessageType != WebSocketMessageType.Close)
        {
            throw new InvalidOperationException($"Expected the server to close the socket, got: {Encoding.UTF8.GetString(buffer, 0, result.Count)}");
        }

        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
        return result.CloseStatus;
    }

    /// <summary>Gives up the client's side without a close handshake (after its connection was dropped).</summary>
    public void Abort() => _socket.Abort();

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using CancellationTokenSource timeout = new(ReceiveTimeout);
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The server went first; nothing left to close.
            }
        }

        _socket.Dispose();
    }
}
