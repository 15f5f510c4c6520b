using System.Buffers;

using GameLibrary.Transport.Serialization;

namespace GameLibrary.Transport.WebSockets;

/// <summary>One operation running on a graphql-transport-ws connection.</summary>
internal sealed class WebSocketOperation(string id, CancellationToken connection) : IDisposable
{
    private readonly CancellationTokenSource _cancellation = CancellationTokenSource.CreateLinkedTokenSource(connection);
    private byte[]? _nextPrefix;

    /// <summary>The client's operation id.</summary>
    public string Id { get; } = id;

    /// <summary>Cancelled by the client's <c>complete</c> or when the connection ends.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>
    /// <c>{"id":"…","type":"next","payload":</c> for this operation, escaped as the transport escapes: a rendered
    /// result's message is this, the result's bytes and <c>}</c>. Made on first use, by the one thread sending.
    /// </summary>
    public ReadOnlySpan<byte> NextMessagePrefix => _nextPrefix ??= MakeNextMessagePrefix(Id);

    /// <summary>Stops the operation on the client's request.</summary>
    public void Cancel()
    {
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The operation finished on its own while the client's complete was in flight.
        }
    }

    public void Dispose() => _cancellation.Dispose();

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
