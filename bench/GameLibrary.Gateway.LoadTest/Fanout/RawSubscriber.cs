using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GameLibrary.Gateway.LoadTest.Fanout;

/// <summary>
/// One viewer over a plain socket: it speaks just enough HTTP/1.1 — an SSE <c>POST</c>, or a WebSocket upgrade
/// followed by graphql-transport-ws's <c>connection_init</c>, <c>connection_ack</c> and <c>subscribe</c> — and then
/// reads the raw stream into one buffer, scanning it for the boards' sequence numbers, each read with the time the kernel
/// queued its bytes on the socket (<see cref="TimestampedReceiver"/>). <see cref="HttpClient"/> and
/// <see cref="System.Net.WebSockets.ClientWebSocket"/> cost the harness ~10 µs of CPU per received event (chunk and frame
/// decoding, their async layers and thread-pool hops) on the 2 cores it shares with the gateway; the bytes the gateway
/// sends, and the connections they travel on, are the same.
/// </summary>
internal sealed class RawSubscriber : IDisposable
{
    private const int BufferSize = 2048;

    // The handshake's blocking reads give up after the harness's own event timeout.
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveTimeout = 120_000 };
    private readonly byte[] _buffer = GC.AllocateUninitializedArray<byte>(BufferSize, pinned: true);
    private readonly Uri _url;
    private readonly DeferredReads? _deferred;

    /// <param name="url">The gateway's GraphQL endpoint.</param>
    /// <param name="deferred">Where to leave this viewer's reads to be drained between boards (null: it reads as the bytes come).</param>
    public RawSubscriber(Uri url, DeferredReads? deferred = null)
    {
        _url = url;
        _deferred = deferred;
    }

    public void Dispose() => _socket.Dispose();

    /// <summary>Subscribes over graphql-sse (distinct connections); <paramref name="opened"/> runs once the request is sent.</summary>
    public async Task SubscribeSseAsync(string body, Action opened, SequenceScanner scanner, CancellationToken cancellationToken)
    {
        await Task.Run(() => HandshakeSse(body, opened, scanner), cancellationToken).ConfigureAwait(false);
        await ReadAllAsync(scanner, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Subscribes over graphql-transport-ws; <paramref name="opened"/> runs once <c>subscribe</c> is sent.</summary>
    public async Task SubscribeWebSocketAsync(string payload, Action opened, SequenceScanner scanner, CancellationToken cancellationToken)
    {
        await Task.Run(() => HandshakeWebSocket(payload, opened), cancellationToken).ConfigureAwait(false);
        await ReadAllAsync(scanner, cancellationToken).ConfigureAwait(false);
    }

    // The handshakes block (on a pool thread) instead of awaiting: a socket joins the runtime's epoll set at its first
    // asynchronous operation, and one that never does (a viewer with deferred reads) costs no wake-up when a board comes.
    private void HandshakeSse(string body, Action opened, SequenceScanner scanner)
    {
        _socket.Connect(new IPEndPoint(IPAddress.Parse(_url.Host), _url.Port));
        int length = Encoding.UTF8.GetByteCount(body);
        _socket.Send(Encoding.UTF8.GetBytes(
            $"POST {_url.AbsolutePath} HTTP/1.1\r\nHost: {_url.Authority}\r\nContent-Type: application/json\r\nAccept: text/event-stream\r\nContent-Length: {length}\r\n\r\n{body}"));
        opened();
        int read = ReadHead();
        EnsureStatus(read, "HTTP/1.1 200 "u8);
        // Read before any board is published, so with no kernel time (0): the response head.
        scanner.Scan(_buffer.AsSpan(0, read), 0);
    }

    private void HandshakeWebSocket(string payload, Action opened)
    {
        _socket.Connect(new IPEndPoint(IPAddress.Parse(_url.Host), _url.Port));
        _socket.Send(Encoding.ASCII.GetBytes(
            $"GET {_url.AbsolutePath} HTTP/1.1\r\nHost: {_url.Authority}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n"));
        int read = ReadHead();
        EnsureStatus(read, "HTTP/1.1 101 "u8);
        _socket.Send(ClientFrame("""{"type":"connection_init"}"""));
        while (_buffer.AsSpan(0, read).IndexOf("connection_ack"u8) < 0)
        {
            if (_buffer.AsSpan(0, read).IndexOf("\"error\""u8) >= 0 || read == _buffer.Length)
            {
                throw new InvalidOperationException($"The gateway did not acknowledge the WebSocket: {Encoding.UTF8.GetString(_buffer, 0, read)}");
            }

            int more = _socket.Receive(_buffer.AsSpan(read));
            read += more > 0 ? more : throw new InvalidOperationException("The gateway closed the WebSocket instead of acknowledging it.");
        }

        _socket.Send(ClientFrame($$"""{"id":"1","type":"subscribe","payload":{{payload}}}"""));
        opened();
    }

    /// <summary>
    /// A client's text frame: masked, as RFC 6455 requires of clients, with the all-zero key (the payload goes as it
    /// is; the key is not for secrecy, and the server unmasks whatever it is).
    /// </summary>
    private static byte[] ClientFrame(string text)
    {
        byte[] payload = Encoding.UTF8.GetBytes(text);
        bool extended = payload.Length >= 126;
        byte[] frame = new byte[(extended ? 8 : 6) + payload.Length];
        frame[0] = 0x81;
        if (extended)
        {
            frame[1] = 0x80 | 126;
            BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(2), checked((ushort)payload.Length));
        }
        else
        {
            frame[1] = (byte)(0x80 | payload.Length);
        }

        payload.CopyTo(frame.AsSpan(frame.Length - payload.Length));
        return frame;
    }

    /// <summary>Reads until the response head ends; returns the bytes read so far.</summary>
    private int ReadHead()
    {
        int read = 0;
        while (_buffer.AsSpan(0, read).IndexOf("\r\n\r\n"u8) < 0)
        {
            int more = read < _buffer.Length ? _socket.Receive(_buffer.AsSpan(read)) : 0;
            read += more > 0 ? more : throw new InvalidOperationException($"No response head from the gateway: {Encoding.UTF8.GetString(_buffer, 0, read)}");
        }

        return read;
    }

    private void EnsureStatus(int read, ReadOnlySpan<byte> status)
    {
        if (!_buffer.AsSpan().StartsWith(status))
        {
            throw new InvalidOperationException($"The gateway answered {Encoding.UTF8.GetString(_buffer, 0, read)}");
        }
    }

    /// <summary>
    /// Scans everything the gateway sends until it closes or the run ends. The waits take no token (a token costs a
    /// registration and its removal per read): when <paramref name="cancellationToken"/> fires, the socket is closed,
    /// which ends the pending wait. With deferred reads, the viewer leaves its drain and waits for the run's end.
    /// </summary>
    private async Task ReadAllAsync(SequenceScanner scanner, CancellationToken cancellationToken)
    {
        using var closing = cancellationToken.UnsafeRegister(static socket => ((Socket)socket!).Dispose(), _socket);
        var receiver = new TimestampedReceiver(_socket, _buffer);
        if (_deferred is not null)
        {
            _deferred.Add(() => Drain(receiver, scanner));
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return;
        }

        try
        {
            while (true)
            {
                // A zero-byte read completes when the socket is readable (the runtime peeks one byte); recvmsg then
                // takes the bytes with their kernel receive time, which the runtime's reads do not return.
                await _socket.ReceiveAsync(Memory<byte>.Empty, SocketFlags.None).ConfigureAwait(false);
                int read = receiver.Receive(out long receivedAt);
                if (read == 0)
                {
                    return;
                }

                if (read > 0)
                {
                    scanner.Scan(_buffer.AsSpan(0, read), receivedAt);
                }
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException && cancellationToken.IsCancellationRequested)
        {
            // The run ended and closed the socket under the read.
        }
    }

    /// <summary>Reads and scans whatever the socket holds, without waiting; the gateway closing it fails the run.</summary>
    private void Drain(TimestampedReceiver receiver, SequenceScanner scanner)
    {
        int read;
        while ((read = receiver.Receive(out long receivedAt)) > 0)
        {
            scanner.Scan(_buffer.AsSpan(0, read), receivedAt);
        }

        if (read == 0)
        {
            throw new InvalidOperationException("The gateway closed a subscriber's connection during the run.");
        }
    }
}
