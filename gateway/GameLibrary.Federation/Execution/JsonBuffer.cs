using System.Buffers;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// A growable UTF-8 buffer a <see cref="System.Text.Json.Utf8JsonWriter"/> writes to, which can also be cut back to
/// an earlier length: a value written and then found unwanted (a duplicate, or one missing a field) is taken back.
/// Its storage is rented from the shared pool (a buffer lives for one fetch) and returned by <see cref="Dispose"/>,
/// after which it must not be used.
/// </summary>
internal sealed class JsonBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] _bytes;

    public JsonBuffer(int capacity) => _bytes = ArrayPool<byte>.Shared.Rent(capacity);

    /// <summary>The bytes written so far.</summary>
    public int Length { get; private set; }

    /// <summary>What has been written.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _bytes.AsMemory(0, Length);

    /// <summary>A part of what has been written.</summary>
    public ReadOnlySpan<byte> Slice(int start, int length) => _bytes.AsSpan(start, length);

    /// <summary>Forgets everything written from <paramref name="length"/> on.</summary>
    public void Truncate(int length) => Length = length;

    /// <summary>Appends one byte (JSON punctuation written outside a writer).</summary>
    public void Append(byte value)
    {
        GetSpan(1)[0] = value;
        Length++;
    }

    /// <inheritdoc />
    public void Advance(int count) => Length += count;

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _bytes.AsMemory(Length);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _bytes.AsSpan(Length);
    }

    private void Ensure(int sizeHint)
    {
        var needed = Length + Math.Max(sizeHint, 1);
        if (needed > _bytes.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _bytes.Length * 2));
            _bytes.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
        }

        _bytes = [];
        Length = 0;
    }
}
