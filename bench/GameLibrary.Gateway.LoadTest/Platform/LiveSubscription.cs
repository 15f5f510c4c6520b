using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace GameLibrary.Gateway.LoadTest.Platform;

/// <summary>
/// One graphql-transport-ws subscription, read in the background: counts its events and records how it ended (the
/// server's complete, an error message, an event with errors, or the socket closing).
/// </summary>
internal sealed class LiveSubscription : LiveStream, IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;
    private bool _disposed;

    private LiveSubscription()
    {
    }

    /// <summary>Completes when the subscription has ended, however it ended.</summary>
    public Task Ended => _reading;

    /// <summary>Connects (the graphql-transport-ws handshake) and subscribes.</summary>
    public static async Task<LiveSubscription> OpenAsync(Uri graphql, string query, TimeSpan patience)
    {
        var subscription = new LiveSubscription();
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            subscription._socket.Options.AddSubProtocol("graphql-transport-ws");
            await subscription._socket.ConnectAsync(new UriBuilder(graphql) { Scheme = "ws" }.Uri, timeout.Token).ConfigureAwait(false);
            await subscription.SendAsync(new JsonObject { ["type"] = "connection_init" }, timeout.Token).ConfigureAwait(false);
            JsonNode? ack = await subscription.ReceiveAsync(timeout.Token).ConfigureAwait(false);
            if (ack?["type"]?.GetValue<string>() != "connection_ack")
            {
                throw new InvalidOperationException($"No connection_ack: {ack?.ToJsonString()}");
            }

            await subscription.SendAsync(
                new JsonObject { ["id"] = "1", ["type"] = "subscribe", ["payload"] = new JsonObject { ["query"] = query } },
                timeout.Token).ConfigureAwait(false);
            subscription._reading = subscription.ReadAsync();
            return subscription;
        }
        catch
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Closes the socket; safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _reading.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped by us.
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        try
        {
            while (true)
            {
                JsonNode? message = await ReceiveAsync(_stop.Token).ConfigureAwait(false);
                switch (message?["type"]?.GetValue<string>())
                {
                    case null:
                        Ending = $"closed {_socket.CloseStatus}";
                        return;
                    case "ping":
                        await SendAsync(new JsonObject { ["type"] = "pong" }, _stop.Token).ConfigureAwait(false);
                        break;
                    case "next":
                        Received(message["payload"]);
                        break;
                    case "error":
                        Errors++;
                        LastError = message["payload"]?.ToJsonString();
                        Ending = "error";
                        return;
                    case "complete":
                        Ending = "complete";
                        return;
                }
            }
        }
        catch (WebSocketException)
        {
            Ending = "aborted";
        }
        catch (OperationCanceledException)
        {
            Ending ??= "stopped";
        }
    }

    private Task SendAsync(JsonObject message, CancellationToken cancellationToken) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>The next text message, parsed; null once the socket closed.</summary>
    private async Task<JsonNode?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        byte[] buffer = new byte[8192];
        while (true)
        {
            WebSocketReceiveResult received = await _socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return JsonNode.Parse(message.ToArray());
            }
        }
    }
}
