using System.Buffers;

using GameLibrary.Transport.Execution;
using GameLibrary.Transport.Serialization;

namespace GameLibrary.Transport.WebSockets;

/// <summary>
/// One operation running on a graphql-transport-ws connection. It has one token source of its own, linked to
/// nothing: the session cancels its operations when the connection ends, and a streaming operation's source when
/// shutdown begins. A linked source per operation (to the connection), and another per stream (to shutdown), cost an
/// idle subscription two token sources and their registrations on the connection's and the server's sources.
/// It is also its stream's direct writer (<see cref="IGraphQLEventWriter"/>): a shared event is sent on the delivering
/// thread while the operation's loop waits for the next one.
/// </summary>
internal sealed class WebSocketOperation(string id, GraphQLWebSocketSession session) : IGraphQLEventWriter, IDisposable
{
    private const int Running = 0;
    private const int Streaming = 1;
    private const int Stopped = 2;

    private readonly CancellationTokenSource _cancellation = new();
    private byte[]? _nextPrefix;
    private int _stage;
    private volatile bool _cancelled;

    /// <summary>The client's operation id.</summary>
    public string Id { get; } = id;

    /// <summary>Cancelled by the client's <c>complete</c>, when the connection ends, or (for a stream) at shutdown.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>True once the client completed the operation or the connection ended: nothing more is sent for it.</summary>
    public bool IsCancelled => _cancelled;

    /// <summary>True when shutdown, not the client, ended the stream: the client still gets its <c>complete</c>.</summary>
    public bool IsStopped => Volatile.Read(ref _stage) == Stopped && !_cancelled;

    /// <summary>
    /// <c>{"id":"…","type":"next","payload":</c> for this operation, escaped as the transport escapes: a rendered
    /// result's message is this, the result's bytes and <c>}</c>. Made on first use, by the one thread sending.
    /// </summary>
    public ReadOnlySpan<byte> NextMessagePrefix => _nextPrefix ??= MakeNextMessagePrefix(Id);

    /// <summary>
    /// The operation's result is a stream: from now on shutdown stops it. Stops it at once when shutdown has begun
    /// (<paramref name="stopping"/>), since the session's shutdown pass may have run before this.
    /// </summary>
    public void BeginStream(bool stopping)
    {
        Interlocked.CompareExchange(ref _stage, Streaming, Running);
        if (stopping)
        {
            StopStream();
        }
    }

    /// <summary>Shutdown: ends the operation's stream, if it has one; queries and mutations run to their end.</summary>
    public void StopStream()
    {
        if (Interlocked.CompareExchange(ref _stage, Stopped, Streaming) == Streaming)
        {
            CancelSource();
        }
    }

    /// <summary>Stops the operation on the client's request or because the connection ended.</summary>
    public void Cancel()
    {
        _cancelled = true;
        CancelSource();
    }

    /// <summary>Sends a shared event now unless the connection is busy or the operation is over (see <see cref="GraphQLWebSocketSession.TrySendNow"/>).</summary>
    public bool TryWrite(IGraphQLResult result) =>
        result is RenderedGraphQLResult { Kind: GraphQLResultKind.Executed } rendered && !_cancelled && session.TrySendNow(this, rendered);

    public void Dispose() => _cancellation.Dispose();

    private void CancelSource()
    {
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The operation finished on its own while the client's complete (or the shutdown) was in flight.
        }
    }

    private static byte[] MakeNextMessagePrefix(string id)
    {
        // The whole message with a null payload, written as every other message is; the prefix is all but "null}".
        ArraySegment<byte> message = PooledJsonSerializer.Rent(id, static (writer, id) =>
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, id);
            writer.WriteString("type"u8, "next"u8);
            writer.WriteNull("payload"u8);
            writer.WriteEndObject();
        });
        byte[] prefix = message.AsSpan(0, message.Count - "null}".Length).ToArray();
        ArrayPool<byte>.Shared.Return(message.Array!);
        return prefix;
    }
}
