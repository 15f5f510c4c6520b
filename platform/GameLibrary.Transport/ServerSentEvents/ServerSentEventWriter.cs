using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;

using GameLibrary.Transport.Execution;
using GameLibrary.Transport.Serialization;

namespace GameLibrary.Transport.ServerSentEvents;

/// <summary>
/// Writes the events of one GraphQL-over-SSE response. Events and keep-alives come from different threads, so each
/// write holds a lock. A <see cref="RenderedGraphQLResult"/> is written as its shared, ready-made event bytes; any
/// other result is serialised into a buffer first (made on first use, so an idle stream holds none) so that a failing
/// result never leaves half an event on the wire. A shared event may also be written by the thread that delivers it
/// (<see cref="TryWrite"/>) while the responder's loop waits for the next one.
/// </summary>
internal sealed class ServerSentEventWriter : IGraphQLEventWriter, IDisposable
{
    private readonly PipeWriter _output;
    private readonly CancellationToken _aborted;
    // Never disposed: a keep-alive tick may still try it after the response ended (a SemaphoreSlim whose wait handle
    // was never asked for holds nothing to free).
    private readonly SemaphoreSlim _lock = new(1, 1);
    private ArrayBufferWriter<byte>? _buffer;
    private Utf8JsonWriter? _json;
    private long _lastWrite = Environment.TickCount64;
    private bool _closed;

    /// <param name="output">The response body.</param>
    /// <param name="aborted">Ends a write the client does not take (keep-alives, which no caller waits for).</param>
    public ServerSentEventWriter(PipeWriter output, CancellationToken aborted)
    {
        _output = output;
        _aborted = aborted;
    }

    /// <summary>Where the stream sits in <see cref="ServerSentEventKeepAlive"/>'s list (managed there).</summary>
    public int KeepAliveSlot { get; set; } = -1;

    /// <summary>When something was last written (<see cref="Environment.TickCount64"/>).</summary>
    public long LastWrite => Volatile.Read(ref _lastWrite);

    /// <summary>Writes <c>event: next</c> with the result as data; false once the client is gone.</summary>
    public async ValueTask<bool> WriteNextAsync(IGraphQLResult result, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (result is RenderedGraphQLResult rendered)
            {
                return Written(await WriteAsync(rendered.ServerSentEvent, cancellationToken));
            }

            _buffer ??= new ArrayBufferWriter<byte>();
            _json ??= new Utf8JsonWriter(_buffer, TransportJson.WriterOptions);
            _buffer.ResetWrittenCount();
            _json.Reset();
            result.WriteTo(_json);
            _json.Flush();
            ServerSentEventFrame.WriteNext(_output, _buffer.WrittenSpan);
            return await FlushAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>
    /// Writes a shared event's bytes now, on the caller's thread, unless another write holds the stream (see
    /// <see cref="IGraphQLEventWriter.TryWrite"/>). A flush that has to wait (the client reads slowly) keeps the stream
    /// held until it completes, so the responder's next write queues behind it and the order stays.
    /// </summary>
    public bool TryWrite(IGraphQLResult result)
    {
        if (result is not RenderedGraphQLResult { Kind: GraphQLResultKind.Executed } rendered || !_lock.Wait(0))
        {
            return false;
        }

        ValueTask<FlushResult> flush;
        try
        {
            if (_closed)
            {
                _lock.Release();
                return false;
            }

            flush = WriteAsync(rendered.ServerSentEvent, _aborted);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or InvalidOperationException)
        {
            // The client left or the response completed meanwhile: the responder notices on its own.
            _lock.Release();
            return false;
        }

        if (!flush.IsCompleted)
        {
            _ = ReleaseAfterAsync(flush);
            return true;
        }

        bool written;
        try
        {
            written = Written(flush.Result);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or InvalidOperationException)
        {
            written = false;
        }

        _lock.Release();
        return written;
    }

    /// <summary>Writes <c>event: complete</c>; false once the client is gone.</summary>
    public async ValueTask<bool> WriteCompleteAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            _output.Write(ServerSentEventFrame.Complete);
            return await FlushAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>
    /// Writes a keep-alive comment unless a write is under way (which shows the connection alive anyway) or the
    /// response is over. Never throws: nobody waits for it.
    /// </summary>
    public async Task WriteKeepAliveAsync()
    {
        if (Volatile.Read(ref _closed) || !_lock.Wait(0))
        {
            return;
        }

        try
        {
            if (!_closed)
            {
                _output.Write(ServerSentEventFrame.KeepAlive);
                await FlushAsync(_aborted);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or InvalidOperationException)
        {
            // The client left or the response completed meanwhile: the responder notices on its own.
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>No more writes (a keep-alive that comes late is dropped); waits for one in progress.</summary>
    public async ValueTask CloseAsync()
    {
        await _lock.WaitAsync(CancellationToken.None);
        Volatile.Write(ref _closed, true);
        _lock.Release();
    }

    public void Dispose() => _json?.Dispose();

    private static bool Written(FlushResult flushed) => !flushed.IsCompleted && !flushed.IsCanceled;

    private async ValueTask<bool> FlushAsync(CancellationToken cancellationToken)
    {
        Volatile.Write(ref _lastWrite, Environment.TickCount64);
        return Written(await _output.FlushAsync(cancellationToken));
    }

    /// <summary>Ready-made event bytes, written and flushed in one call (one pass through the server's output lock).</summary>
    private ValueTask<FlushResult> WriteAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _lastWrite, Environment.TickCount64);
        return _output.WriteAsync(frame, cancellationToken);
    }

    /// <summary>A direct write's flush had to wait: the stream stays held until it is done.</summary>
    private async Task ReleaseAfterAsync(ValueTask<FlushResult> flush)
    {
        try
        {
            await flush;
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or InvalidOperationException)
        {
            // The client left: the responder's next write or the request's end notices.
        }
        finally
        {
            _lock.Release();
        }
    }
}
