using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace GameLibrary.Gateway.Tests.Support;

/// <summary>
/// Client connections a test can drop abruptly, as a crashed client or a lost network does: HTTP requests and WebSocket
/// handshakes made through <see cref="Client"/> or <see cref="Invoker"/> run on sockets this keeps, and <see cref="Drop"/>
/// resets them (linger 0: the server gets a TCP RST, no FIN and no close handshake) whatever is in flight.
/// </summary>
public sealed class DroppableConnections : IDisposable
{
    private readonly ConcurrentQueue<Socket> _sockets = new();
    private readonly SocketsHttpHandler _handler;

    public DroppableConnections(Uri baseAddress)
    {
        _handler = new SocketsHttpHandler { ConnectCallback = ConnectAsync };
        Client = new HttpClient(_handler, disposeHandler: false) { BaseAddress = baseAddress };
        Invoker = new HttpMessageInvoker(_handler, disposeHandler: false);
    }

    /// <summary>For requests (streamed responses: SSE).</summary>
    public HttpClient Client { get; }

    /// <summary>For WebSocket handshakes (<see cref="System.Net.WebSockets.ClientWebSocket.ConnectAsync(Uri, HttpMessageInvoker?, CancellationToken)"/>).</summary>
    public HttpMessageInvoker Invoker { get; }

    /// <summary>Resets every connection made since the last drop.</summary>
    public void Drop()
    {
        while (_sockets.TryDequeue(out Socket? socket))
        {
            try
            {
                socket.LingerState = new LingerOption(enable: true, seconds: 0);
            }
            catch (ObjectDisposedException)
            {
                // The client side closed it already (its request ended): nothing left to drop.
            }

            socket.Dispose();
        }
    }

    public void Dispose()
    {
        Drop();
        Client.Dispose();
        Invoker.Dispose();
        _handler.Dispose();
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        Socket socket = new(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        _sockets.Enqueue(socket);
        return new NetworkStream(socket, ownsSocket: true);
    }
}
