using System.Buffers;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// A growable UTF-8 buffer a <see cref="System.Text.Json.Utf8JsonWriter"/> writes to, which can also be cut back to
/// an earlier length: a value written and then found unwanted (a duplicate, or one missing a field) is taken back.
/// </summary>
internal sealed class JsonBuffer : IBufferWriter<byte>
{
    private byte[] _bytes;

    public JsonBuffer(int capacity) => _bytes = new byte[capacity];

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
            Array.Resize(ref _bytes, Math.Max(needed, _bytes.Length * 2));
        }
    }
}
