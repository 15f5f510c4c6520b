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

    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
    private readonly byte[] _buffer = GC.AllocateUninitializedArray<byte>(BufferSize, pinned: true);
    private readonly Uri _url;

    public RawSubscriber(Uri url)
    {
        _url = url;
    }

    public void Dispose() => _socket.Dispose();

    /// <summary>Subscribes over graphql-sse (distinct connections); <paramref name="opened"/> runs once the request is sent.</summary>
    public async Task SubscribeSseAsync(string body, Action opened, SequenceScanner scanner, CancellationToken cancellationToken)
    {
        await _socket.ConnectAsync(new IPEndPoint(IPAddress.Parse(_url.Host), _url.Port), cancellationToken).ConfigureAwait(false);
        int length = Encoding.UTF8.GetByteCount(body);
        await SendAsync(Encoding.UTF8.GetBytes(
            $"POST {_url.AbsolutePath} HTTP/1.1\r\nHost: {_url.Authority}\r\nContent-Type: application/json\r\nAccept: text/event-stream\r\nContent-Length: {length}\r\n\r\n{body}"), cancellationToken).ConfigureAwait(false);
        opened();
        int read = await ReadHeadAsync(cancellationToken).ConfigureAwait(false);
        EnsureStatus(read, "HTTP/1.1 200 "u8);
        // Read by the runtime, so with no kernel time (0): the response head, before any board is published.
        scanner.Scan(_buffer.AsSpan(0, read), 0);
        await ReadAllAsync(scanner, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Subscribes over graphql-transport-ws; <paramref name="opened"/> runs once <c>subscribe</c> is sent.</summary>
    public async Task SubscribeWebSocketAsync(string payload, Action opened, SequenceScanner scanner, CancellationToken cancellationToken)
    {
        await _socket.ConnectAsync(new IPEndPoint(IPAddress.Parse(_url.Host), _url.Port), cancellationToken).ConfigureAwait(false);
        await SendAsync(Encoding.ASCII.GetBytes(
            $"GET {_url.AbsolutePath} HTTP/1.1\r\nHost: {_url.Authority}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n"), cancellationToken).ConfigureAwait(false);
        int read = await ReadHeadAsync(cancellationToken).ConfigureAwait(false);
        EnsureStatus(read, "HTTP/1.1 101 "u8);
        await SendAsync(ClientFrame("""{"type":"connection_init"}"""), cancellationToken).ConfigureAwait(false);
        while (_buffer.AsSpan(0, read).IndexOf("connection_ack"u8) < 0)
        {
            if (_buffer.AsSpan(0, read).IndexOf("\"error\""u8) >= 0 || read == _buffer.Length)
            {
                throw new InvalidOperationException($"The gateway did not acknowledge the WebSocket: {Encoding.UTF8.GetString(_buffer, 0, read)}");
            }

            int more = await _socket.ReceiveAsync(_buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
            read += more > 0 ? more : throw new InvalidOperationException("The gateway closed the WebSocket instead of acknowledging it.");
        }

        await SendAsync(ClientFrame($$"""{"id":"1","type":"subscribe","payload":{{payload}}}"""), cancellationToken).ConfigureAwait(false);
        opened();
        await ReadAllAsync(scanner, cancellationToken).ConfigureAwait(false);
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
    private async Task<int> ReadHeadAsync(CancellationToken cancellationToken)
    {
        int read = 0;
        while (_buffer.AsSpan(0, read).IndexOf("\r\n\r\n"u8) < 0)
        {
            int more = read < _buffer.Length ? await _socket.ReceiveAsync(_buffer.AsMemory(read), cancellationToken).ConfigureAwait(false) : 0;
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
    /// which ends the pending wait.
    /// </summary>
    private async Task ReadAllAsync(SequenceScanner scanner, CancellationToken cancellationToken)
    {
        using var closing = cancellationToken.UnsafeRegister(static socket => ((Socket)socket!).Dispose(), _socket);
        var receiver = new TimestampedReceiver(_socket, _buffer);
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

    private async Task SendAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        for (int sent = 0; sent < bytes.Length;)
        {
            sent += await _socket.SendAsync(bytes.AsMemory(sent), cancellationToken).ConfigureAwait(false);
        }
    }
}
