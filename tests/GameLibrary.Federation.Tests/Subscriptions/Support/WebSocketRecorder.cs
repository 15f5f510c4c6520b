using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GameLibrary.Federation.Tests.Subscriptions.Support;

/// <summary>
/// Middleware for a test subgraph that records what its WebSocket clients send: the upgrade request's headers,
/// every text message, and the close status of the client's close frame. It can also drop every connection
/// without a close handshake, as a crashed subgraph would.
/// </summary>
internal sealed class WebSocketRecorder
{
    private readonly ConcurrentQueue<RecordingWebSocket> _sockets = new();

    /// <summary>The headers of each upgrade request, in arrival order.</summary>
    public ConcurrentQueue<IHeaderDictionary> UpgradeHeaders { get; } = new();

    /// <summary>The text messages received, in arrival order (over all connections).</summary>
    public ConcurrentQueue<string> Messages { get; } = new();

    /// <summary>The close statuses of the close frames clients sent.</summary>
    public ConcurrentQueue<WebSocketCloseStatus> ClientCloses { get; } = new();

    /// <summary>Wraps the WebSocket feature of upgrade requests.</summary>
    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<IHttpWebSocketFeature>() is { IsWebSocketRequest: true } feature)
        {
            UpgradeHeaders.Enqueue(new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value)));
            context.Features.Set<IHttpWebSocketFeature>(new RecordingFeature(feature, this));
        }

        return next(context);
    }

    /// <summary>Drops every connection at once: the clients see the TCP connection end without a close frame.</summary>
    public void AbortAll()
    {
        foreach (var socket in _sockets)
        {
            socket.Abort();
        }
    }

    /// <summary>Waits until a recorded message satisfies <paramref name="match"/>.</summary>
    public Task WaitForMessageAsync(Func<string, bool> match) => Eventually(() => Messages.Any(match));

    /// <summary>Waits until some client sent a close frame.</summary>
    public Task WaitForCloseAsync() => Eventually(() => !ClientCloses.IsEmpty);

    private static async Task Eventually(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    private sealed class RecordingFeature(IHttpWebSocketFeature inner, WebSocketRecorder recorder) : IHttpWebSocketFeature
    {
        public bool IsWebSocketRequest => inner.IsWebSocketRequest;

        public async Task<WebSocket> AcceptAsync(WebSocketAcceptContext context)
        {
            var socket = new RecordingWebSocket(await inner.AcceptAsync(context), recorder);
            recorder._sockets.Enqueue(socket);
            return socket;
        }
    }

    /// <summary>Delegates to the accepted socket and records what it receives.</summary>
    private sealed class RecordingWebSocket(WebSocket inner, WebSocketRecorder recorder) : WebSocket
    {
        private readonly MemoryStream _message = new();

        public override WebSocketCloseStatus? CloseStatus => inner.CloseStatus;

        public override string? CloseStatusDescription => inner.CloseStatusDescription;

        public override WebSocketState State => inner.State;

        public override string? SubProtocol => inner.SubProtocol;

        public override void Abort() => inner.Abort();

        public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
            inner.CloseAsync(closeStatus, statusDescription, cancellationToken);

        public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
            inner.CloseOutputAsync(closeStatus, statusDescription, cancellationToken);

        public override void Dispose() => inner.Dispose();

        public override async Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
        {
            var result = await inner.ReceiveAsync(buffer, cancellationToken);
            Record(buffer.AsSpan(0, result.Count), result.MessageType, result.EndOfMessage);
            return result;
        }

        public override async ValueTask<ValueWebSocketReceiveResult> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            var result = await inner.ReceiveAsync(buffer, cancellationToken);
            Record(buffer.Span[..result.Count], result.MessageType, result.EndOfMessage);
            return result;
        }

        public override Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken) =>
            inner.SendAsync(buffer, messageType, endOfMessage, cancellationToken);

        public override ValueTask SendAsync(ReadOnlyMemory<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken) =>
            inner.SendAsync(buffer, messageType, endOfMessage, cancellationToken);

        private void Record(ReadOnlySpan<byte> received, WebSocketMessageType type, bool endOfMessage)
        {
            if (type == WebSocketMessageType.Close)
            {
                recorder.ClientCloses.Enqueue(inner.CloseStatus ?? WebSocketCloseStatus.Empty);
                return;
            }

            _message.Write(received);
            if (endOfMessage)
            {
                recorder.Messages.Enqueue(Encoding.UTF8.GetString(_message.GetBuffer(), 0, (int)_message.Length));
                _message.SetLength(0);
            }
        }
    }
}
