using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;

using GameLibrary.Transport.Execution;
using GameLibrary.Transport.Serialization;

namespace GameLibrary.Transport.ServerSentEvents;

/// <summary>
/// Writes the events of one GraphQL-over-SSE response. Events and keep-alives come from different
/// tasks, so each write holds a lock; each event is serialised into a reused buffer first so that a
/// failing result never leaves half an event on the wire.
/// </summary>
internal sealed class ServerSentEventWriter : IDisposable
{
    private static readonly byte[] CompleteEvent = "event: complete\ndata:\n\n"u8.ToArray();
    private static readonly byte[] KeepAliveComment = ":\n\n"u8.ToArray();

    private readonly PipeWriter _output;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _json;

    public ServerSentEventWriter(PipeWriter output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, TransportJson.WriterOptions);
    }

    /// <summary>Writes <c>event: next</c> with the result as data; false once the client is gone.</summary>
    public async ValueTask<bool> WriteNextAsync(IGraphQLResult result, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            _buffer.ResetWrittenCount();
            _json.Reset();
            result.WriteTo(_json);
            _json.Flush();

            _output.Write("event: next\n"u8);
            WriteDataLines(_buffer.WrittenSpan);
            _output.Write("\n"u8);
            return await FlushAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Writes <c>event: complete</c>; false once the client is gone.</summary>
    public ValueTask<bool> WriteCompleteAsync(CancellationToken cancellationToken) =>
        WriteRawAsync(CompleteEvent, cancellationToken);

    /// <summary>Writes a comment line, which keeps proxies from timing the connection out.</summary>
    public ValueTask<bool> WriteKeepAliveAsync(CancellationToken cancellationToken) =>
        WriteRawAsync(KeepAliveComment, cancellationToken);

    public void Dispose()
    {
        _json.Dispose();
        _lock.Dispose();
    }

    private async ValueTask<bool> WriteRawAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            _output.Write(bytes.Span);
            return await FlushAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>One <c>data:</c> line per line of the JSON: a raw line break would end the event early.</summary>
    private void WriteDataLines(ReadOnlySpan<byte> json)
    {
        while (true)
        {
            int lineBreak = json.IndexOfAny((byte)'\r', (byte)'\n');
            _output.Write("data: "u8);
            _output.Write(lineBreak < 0 ? json : json[..lineBreak]);
            _output.Write("\n"u8);
            if (lineBreak < 0)
            {
                return;
            }

            bool crlf = json[lineBreak] == '\r' && lineBreak + 1 < json.Length && json[lineBreak + 1] == '\n';
            json = json[(lineBreak + (crlf ? 2 : 1))..];
        }
    }

    private async ValueTask<bool> FlushAsync(CancellationToken cancellationToken)
    {
        FlushResult flushed = await _output.FlushAsync(cancellationToken);
        return !flushed.IsCompleted && !flushed.IsCanceled;
    }
}
