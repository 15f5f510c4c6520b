using System.Buffers;
using System.Text.Json;

namespace GameLibrary.Transport.Serialization;

/// <summary>
/// Serialises a message into a pooled array: a writer cached per thread does the writing (synchronously), and the
/// bytes are copied into an array from <see cref="ArrayPool{T}.Shared"/> that the caller returns once sent. A
/// connection therefore holds no serialisation buffer of its own between messages.
/// </summary>
internal static class PooledJsonSerializer
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The message <paramref name="write"/> writes, in a rented array; return it to the shared pool.</summary>
    public static ArraySegment<byte> Rent<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        ArrayBufferWriter<byte> buffer = t_buffer ??= new ArrayBufferWriter<byte>();
        Utf8JsonWriter writer = t_writer ??= new Utf8JsonWriter(buffer, TransportJson.WriterOptions);
        buffer.ResetWrittenCount();
        writer.Reset();
        write(writer, state);
        writer.Flush();

        byte[] message = ArrayPool<byte>.Shared.Rent(buffer.WrittenCount);
        buffer.WrittenSpan.CopyTo(message);
        int length = buffer.WrittenCount;

        // One huge message must not stay cached on the thread.
        if (buffer.Capacity > 64 * 1024)
        {
            t_buffer = null;
            t_writer = null;
        }

        return new ArraySegment<byte>(message, 0, length);
    }
}
