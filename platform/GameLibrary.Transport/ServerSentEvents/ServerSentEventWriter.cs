using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;

using GameLibrary.Transport.Execution;
using GameLibrary.Transport.Serialization;

namespace GameLibrary.Transport.ServerSentEvents;

/// <summary>
/// Writes the events of one GraphQL-over-SSE response. Events and keep-alives come from different tasks, so each
/// write holds a lock. A <see cref="RenderedGraphQLResult"/> is written as its shared, ready-made event bytes; any
/// other result is serialised into a buffer first (made on first use, so an idle stream holds none) so that a failing
/// result never leaves half an event on the wire.
/// </summary>
internal sealed class ServerSentEventWriter : IDisposable
{
    private readonly PipeWriter _output;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private ArrayBufferWriter<byte>? _buffer;
    private Utf8JsonWriter? _json;

    public ServerSentEventWriter(PipeWriter output)
    {
        _output = output;
    }

    /// <summary>Writes <c>event: next</c> with the result as data; false once the client is gone.</summary>
    public async ValueTask<bool> WriteNextAsync(IGraphQLResult result, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (result is RenderedGraphQLResult rendered)
            {
                _output.Write(rendered.ServerSentEvent.Span);
            }
            else
            {
                _buffer ??= new ArrayBufferWriter<byte>();
                _json ??= new Utf8JsonWriter(_buffer, TransportJson.WriterOptions);
                _buffer.ResetWrittenCount();
                _json.Reset();
                result.WriteTo(_json);
                _json.Flush();
                ServerSentEventFrame.WriteNext(_output, _buffer.WrittenSpan);
            }

            return await FlushAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Writes <c>event: complete</c>; false once the client is gone.</summary>
    public ValueTask<bool> WriteCompleteAsync(CancellationToken cancellationToken) =>
        WriteRawAsync(ServerSentEventFrame.Complete.ToArray(), cancellationToken);

    /// <summary>Writes a comment line, which keeps proxies from timing the connection out.</summary>
    public ValueTask<bool> WriteKeepAliveAsync(CancellationToken cancellationToken) =>
        WriteRawAsync(ServerSentEventFrame.KeepAlive.ToArray(), cancellationToken);

    public void Dispose()
    {
        _json?.Dispose();
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

    private async ValueTask<bool> FlushAsync(CancellationToken cancellationToken)
    {
        FlushResult flushed = await _output.FlushAsync(cancellationToken);
        return !flushed.IsCompleted && !flushed.IsCanceled;
    }
}
