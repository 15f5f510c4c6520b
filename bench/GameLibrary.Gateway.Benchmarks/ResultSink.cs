using System.Buffers;
using System.Text;
using System.Text.Json;

using GameLibrary.Federation;

namespace GameLibrary.Gateway.Benchmarks;

/// <summary>
/// Where a benchmark writes each gateway result: one reused buffer and writer, so writing the response is measured
/// and its storage is not.
/// </summary>
internal sealed class ResultSink(int initialCapacity) : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(initialCapacity);
    private readonly Utf8JsonWriter _writer = new(Stream.Null);

    /// <summary>The last result written, as text (for the benchmarks' set-up checks).</summary>
    public string Json => Encoding.UTF8.GetString(_buffer.WrittenSpan);

    /// <summary>Writes a result over the previous one; returns its length in bytes.</summary>
    public int Write(GatewayResult result)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        result.WriteTo(_writer);
        _writer.Flush();
        return _buffer.WrittenCount;
    }

    public void Dispose() => _writer.Dispose();
}
