using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

using GameLibrary.Transport.Execution;
using GameLibrary.Transport.Hosting;
using GameLibrary.Transport.Logging;
using GameLibrary.Transport.Serialization;

namespace GameLibrary.Transport.WebSockets;

/// <summary>
/// One graphql-transport-ws connection: a receive loop that handles messages in order, operations
/// that run concurrently (each in its own DI scope), and a send lock that keeps one message on the
/// wire at a time.
/// </summary>
internal sealed class GraphQLWebSocketSession : IDisposable
{
    private const int InitialReceiveBufferSize = 4096;

    private readonly WebSocket _socket;
    private readonly HttpContext _httpContext;
    private readonly GraphQLTransportOptions _options;
    private readonly GraphQLOperationTracker _tracker;
    private readonly IHostEnvironment _environment;
    private readonly ILogger _logger;

    // Request aborted or shutdown deadline passed, or a while after we closed should the client never answer: the
    // receive loop and the sends stop. (Sends take no other token: cancelling a send mid-frame would kill the socket.)
    private readonly CancellationTokenSource _receiving;

    // The connection is over (closed by either side): operations stop, nothing more is sent.
    private readonly CancellationTokenSource _connection;

    // Ends the connection_init wait as soon as the message came, so an initialised connection holds no timer for it;
    // dropped when the wait ends (a source without a timer holds nothing to dispose), so it holds no source either.
    private CancellationTokenSource? _initWatch;

    // Never disposed: a direct send that had to wait releases it when it ends, which may be after the session ended (a
    // SemaphoreSlim whose wait handle was never asked for holds nothing to free).
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    private readonly Lock _gate = new();
    private WebSocketOperationTable _operations;
    private readonly TaskCompletionSource _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _running;
    private bool _acceptingOperations = true;

    private bool _closeSent;

    // Closing for shutdown, once Stopping fired (set by the Stopping callback, read after it is unregistered).
    private Task _shutdown = Task.CompletedTask;
    private int _initReceived;
    private bool _acknowledged;
    // The connection initialiser's principal; null: the upgrade request's (read only if an executor asks for it).
    private ClaimsPrincipal? _user;
    private JsonElement? _initPayload;

    public GraphQLWebSocketSession(
        WebSocket socket,
        HttpContext httpContext,
        GraphQLTransportOptions options,
        GraphQLOperationTracker tracker,
        IHostEnvironment environment,
        ILogger logger)
    {
        _socket = socket;
        _httpContext = httpContext;
        _options = options;
        _tracker = tracker;
        _environment = environment;
        _logger = logger;
        _receiving = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, tracker.Aborted);
        _connection = CancellationTokenSource.CreateLinkedTokenSource(_receiving.Token);
    }

    /// <summary>Serves the connection until it closes; returns once every operation has ended.</summary>
    public async Task RunAsync()
    {
        Task initialisationWatch = CloseUnlessInitialisedAsync();

        // A registration rather than a task waiting on a linked token source: most connections never see a shutdown.
        CancellationTokenRegistration shutdownWatch = _tracker.Stopping.UnsafeRegister(
            static state => ((GraphQLWebSocketSession)state!).OnStopping(), this);
        try
        {
            await ReceiveAsync();
        }
        catch (OperationCanceledException) when (_receiving.IsCancellationRequested)
        {
            // Aborted, past the shutdown deadline, or the client ignored our close frame.
        }
        catch (WebSocketException exception)
        {
            TransportLog.ConnectionLost(_logger, exception);
        }
        finally
        {
            await EndConnectionAsync();
            EndInitialisationWatch();
            await shutdownWatch.DisposeAsync();
            await StopAcceptingAndDrainAsync();
            await initialisationWatch;
            await _shutdown;
            if (_socket.State != WebSocketState.Closed)
            {
                _socket.Abort();
            }
        }
    }

    public void Dispose()
    {
        _connection.Dispose();
        _receiving.Dispose();
    }

    /// <summary>
    /// Reads messages until the client closes. Between messages the socket waits with an empty buffer, so an idle
    /// connection holds no receive buffer: one is rented when a message starts and returned when it has been handled.
    /// </summary>
    private async Task ReceiveAsync()
    {
        int limit = (int)_options.MaxRequestBodySize;
        byte[]? buffer = null;
        WebSocketMessageType messageType = WebSocketMessageType.Text;
        try
        {
            int length = 0;
            while (true)
            {
                if (buffer is null)
                {
                    // Returns once a frame header arrived (or at once for a frame with no payload); takes no payload bytes.
                    ValueWebSocketReceiveResult waited = await _socket.ReceiveAsync(Memory<byte>.Empty, _receiving.Token);
                    if (waited.MessageType == WebSocketMessageType.Close)
                    {
                        await AnswerCloseAsync();
                        return;
                    }

                    messageType = waited.MessageType;
                    if (waited.EndOfMessage)
                    {
                        // An empty message: handled like any other (it is not valid JSON).
                        await HandleReceivedAsync(ReadOnlyMemory<byte>.Empty, messageType);
                        continue;
                    }

                    buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialReceiveBufferSize, limit + 1));
                }
                else if (length == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, limit + 1L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                ValueWebSocketReceiveResult received = await _socket.ReceiveAsync(buffer.AsMemory(length), _receiving.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await AnswerCloseAsync();
                    return;
                }

                length += received.Count;
                if (!received.EndOfMessage && length <= limit)
                {
                    continue;
                }

                if (length > limit)
                {
                    // Once we have closed, nothing the client says matters: its close frame is awaited with an empty buffer.
                    if (!Volatile.Read(ref _closeSent))
                    {
                        await CloseAsync(WebSocketCloseStatus.MessageTooBig, "Message too big");
                    }
                }
                else
                {
                    await HandleReceivedAsync(buffer.AsMemory(0, length), messageType);
                }

                length = 0;
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = null;
            }
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Handles a whole message, unless we have closed: then nothing the client says matters.</summary>
    private Task HandleReceivedAsync(ReadOnlyMemory<byte> message, WebSocketMessageType frameType) =>
        Volatile.Read(ref _closeSent) ? Task.CompletedTask : HandleMessageAsync(message, frameType);

    private async Task HandleMessageAsync(ReadOnlyMemory<byte> message, WebSocketMessageType frameType)
    {
        // The protocol's messages are JSON in text frames. The socket does not check the frame type; it fails a text
        // frame that is not UTF-8 itself (RFC 6455 §8.1) when it sees the whole of it, and the JSON reader decodes
        // strings only when they are read: an escaped unpaired surrogate would throw mid-handling.
        if (frameType != WebSocketMessageType.Text)
        {
            await CloseAsync(GraphQLWebSocketProtocol.BadRequest, "Invalid message received: binary frames are not allowed");
            return;
        }

        if (!JsonTextValidator.IsValid(message.Span))
        {
            await CloseAsync(GraphQLWebSocketProtocol.BadRequest, "Invalid message received: not UTF-8 text");
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message, TransportJson.DocumentOptions);
        }
        catch (JsonException)
        {
            await CloseAsync(GraphQLWebSocketProtocol.BadRequest, "Invalid message received: not valid JSON");
            return;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type"u8, out JsonElement type)
                || type.ValueKind != JsonValueKind.String)
            {
                await CloseAsync(GraphQLWebSocketProtocol.BadRequest, "Invalid message received: expected an object with a string 'type'");
            }
            else if (type.ValueEquals("connection_init"u8))
            {
                await OnConnectionInitAsync(root);
            }
            else if (type.ValueEquals("ping"u8))
            {
                await OnPingAsync(root);
            }
            else if (type.ValueEquals("pong"u8))
            {
                if (!TryGetOptionalPayload(root, out _))
                {
                    await CloseAsync(GraphQLWebSocketProtocol.BadRequest, "Invalid message received: pong payload must be an object");
                }
            }
            else if (type.ValueEquals("subscribe"u8))
            {
                await OnSubscribeAsync(root);
            }
            else if (type.ValueEquals("complete"u8))
            {
                await OnCompleteAsync(root);
            }
            else
            {
                string reason = $"Invalid message received: unexpected type '{type.GetString()}'";
                await CloseAsync(
                    GraphQLWebSocketProtocol.BadRequest,
                    GraphQLWebSocketProtocol.LimitCloseReason(reason, "Invalid message received: unexpected type"));
            }
        }
    }

    private async Task OnConnectionInitAsync(JsonElement message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) != 0)
        {
            await CloseAsync(GraphQLWebSocketProtocol.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        EndInitialisationWatch();

        if (!TryGetOptionalPayload(message, out JsonElement? payload))
        {
            await CloseAsync(GraphQLWebSocketProtocol.BadRequest, "Invalid message received: connection_init payload must be an object");
            return;
        }

        // The message's document is disposed after handling; operations keep their own copy.
        _initPayload = payload?.Clone();

        if (_httpContext.RequestServices.GetService<IGraphQLConnectionInitializer>() is { } initializer)
        {
            GraphQLConnectionInitResult outcome;
            try
            {
                outcome = await initializer.InitializeAsync(_httpContext, _initPayload, _connection.Token);
            }
            catch (OperationCanceledException) when (_connection.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                TransportLog.ConnectionInitializerFailed(_logger, exception);
                await CloseAsync(GraphQLWebSocketProtocol.InternalServerError, "Internal server error");
                return;
            }

            if (!outcome.IsAccepted)
            {
                await CloseAsync(GraphQLWebSocketProtocol.Forbidden, "Forbidden");
                return;
            }

            _user = outcome.User ?? _user;
        }

        _acknowledged = true;
        await SendAsync(0, static (writer, _) =>
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, "connection_ack"u8);
            writer.WriteEndObject();
        });
    }

    private async Task OnPingAsync(JsonElement message)
    {
        if (!TryGetOptionalPayload(message, out JsonElement? payload))
        {
            await CloseAsync(GraphQLWebSocketProtocol.BadRequest, "Invalid message received: ping payload must be an object");
            return;
        }

        await SendAsync(payload, static (writer, payload) =>
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, "pong"u8);
            if (payload is { } echoed)
            {
                writer.WritePropertyName("payload"u8);
                echoed.WriteTo(writer);
            }

            writer.WriteEndObject();
        });
    }

    private async Task OnSubscribeAsync(JsonElement message)
    {
        if (!_acknowledged)
        {
            await CloseAsync(GraphQLWebSocketProtocol.Unauthorized, "Unauthorized");
            return;
        }

        if (!TryGetId(message, out string? id))
        {
            await CloseAsync(GraphQLWebSocketProtocol.BadRequest, "Invalid message received: subscribe needs a non-empty string 'id'");
            return;
        }

        if (!message.TryGetProperty("payload"u8, out JsonElement payload) || payload.ValueKind != JsonValueKind.Object)
        {
            await CloseAsync(GraphQLWebSocketProtocol.BadRequest, "Invalid message received: subscribe needs an object 'payload'");
            return;
        }

        // A private copy: the operation outlives this message's document.
        if (!GraphQLRequestParser.TryParse(payload.Clone(), out GraphQLRequest? request, out string? error))
        {
            await CloseAsync(
                GraphQLWebSocketProtocol.BadRequest,
                GraphQLWebSocketProtocol.LimitCloseReason($"Invalid message received: {error}", "Invalid message received: invalid subscribe payload"));
            return;
        }

        WebSocketOperation? operation = null;
        bool duplicate;
        lock (_gate)
        {
            duplicate = _operations.Contains(id);

            // The tracker, not just this session's flag: its shutdown watcher may not have run yet.
            // And not after the connection ended: its operations were cancelled then, this one would not be.
            if (!duplicate && _acceptingOperations && !_tracker.IsStopping && !_connection.IsCancellationRequested)
            {
                operation = new WebSocketOperation(id, this);
                _operations.Add(operation);
                _running++;
            }
        }

        if (duplicate)
        {
            await CloseAsync(
                GraphQLWebSocketProtocol.SubscriberAlreadyExists,
                GraphQLWebSocketProtocol.LimitCloseReason($"Subscriber for {id} already exists", "Subscriber already exists"));
        }
        else if (operation is null)
        {
            await SendErrorAsync(id, TransportErrors.ShuttingDown());
        }
        else
        {
            // Off the receive loop: a slow executor must not hold up pings or other operations.
            _ = Task.Run(() => RunOperationAsync(operation, request));
        }
    }

    private async Task OnCompleteAsync(JsonElement message)
    {
        if (!TryGetId(message, out string? id))
        {
            await CloseAsync(GraphQLWebSocketProtocol.BadRequest, "Invalid message received: complete needs a non-empty string 'id'");
            return;
        }

        // Removed now, not when the operation notices, so that the client may reuse the id at once.
        WebSocketOperation? operation;
        lock (_gate)
        {
            _operations.Remove(id, out operation);
        }

        operation?.Cancel();
    }

    private async Task RunOperationAsync(WebSocketOperation operation, GraphQLRequest request)
    {
        try
        {
            // Operations run side by side, so each gets its own scope (a DbContext is not thread-safe).
            await using AsyncServiceScope scope = _httpContext.RequestServices
                .GetRequiredService<IServiceScopeFactory>()
                .CreateAsyncScope();
            GraphQLRequestContext context = new(
                GraphQLTransportKind.WebSocket,
                _httpContext,
                _user,
                scope.ServiceProvider,
                _initPayload);
            IGraphQLExecutor executor = scope.ServiceProvider.GetRequiredService<IGraphQLExecutor>();
            ValueTask<GraphQLExecution> executing = executor.ExecuteAsync(request, context, operation.Token);

            // An async method keeps its parameters for its whole run: a long subscription need not keep its parsed request.
            request = null!;
            GraphQLExecution execution = await executing;

            if (execution is GraphQLExecution.SingleResult { Result: var result })
            {
                if (result.Kind != GraphQLResultKind.Executed)
                {
                    await FinishWithErrorAsync(operation, result);
                }
                else if (await SendNextAsync(operation, result))
                {
                    await FinishAsync(operation);
                }
            }
            else
            {
                // The stream's loop is here rather than in a method of its own: an open subscription holds one async
                // frame for its operation, not two.
                IAsyncEnumerable<IGraphQLResult> events = ((GraphQLExecution.ResultStream)execution).Events;

                // Shutdown ends the source but not the operation: the client still gets its complete.
                operation.BeginStream(_tracker.IsStopping);
                IAsyncEnumerator<IGraphQLResult> enumerator = events.GetAsyncEnumerator(operation.Token);

                // A producer that can (a shared subscription) sends its events itself while the loop below waits; the loop
                // sends only what the producer hands it (the connection was busy, or a slow client).
                (enumerator as IGraphQLDirectEvents)?.UseWriter(operation);
                try
                {
                    bool first = true;
                    while (!operation.Token.IsCancellationRequested && await enumerator.MoveNextAsync())
                    {
                        IGraphQLResult next = enumerator.Current;

                        // A request error as first event means the subscription never started.
                        if (first && next.Kind != GraphQLResultKind.Executed)
                        {
                            await FinishWithErrorAsync(operation, next);
                            return;
                        }

                        first = false;
                        if (!await SendNextAsync(operation, next))
                        {
                            return;
                        }
                    }
                }
                catch (OperationCanceledException) when (operation.IsStopped)
                {
                    // Shutdown: complete below.
                }
                finally
                {
                    await enumerator.DisposeAsync();
                }

                if (!operation.IsCancelled)
                {
                    await FinishAsync(operation);
                }
            }
        }
        catch (OperationCanceledException) when (operation.IsCancelled)
        {
            // The client completed the operation, or the connection is gone: nothing to tell.
        }
        catch (Exception exception)
        {
            TransportLog.StreamFailed(_logger, "WebSocket", exception);
            await FinishWithErrorAsync(operation, TransportErrors.Internal(exception, _environment));
        }
        finally
        {
            Release(operation);
            operation.Dispose();
            lock (_gate)
            {
                if (--_running == 0 && !_acceptingOperations)
                {
                    _idle.TrySetResult();
                }
            }
        }
    }

    /// <summary>Takes the operation's id off the active list; true if this call did (and so owns the final message).</summary>
    private bool Release(WebSocketOperation operation)
    {
        lock (_gate)
        {
            return _operations.Remove(operation);
        }
    }

    // The id is released before the final message, so a client reusing it right after sees no 4409.
    private async Task FinishAsync(WebSocketOperation operation)
    {
        if (Release(operation))
        {
            await SendAsync(operation.Id, static (writer, id) =>
            {
                writer.WriteStartObject();
                writer.WriteString("id"u8, id);
                writer.WriteString("type"u8, "complete"u8);
                writer.WriteEndObject();
            });
        }
    }

    private async Task FinishWithErrorAsync(WebSocketOperation operation, IGraphQLResult result)
    {
        if (Release(operation))
        {
            await SendErrorAsync(operation.Id, result);
        }
    }

    private ValueTask<bool> SendErrorAsync(string id, IGraphQLResult result)
    {
        return SendAsync((Id: id, Result: result), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, state.Id);
            writer.WriteString("type"u8, "error"u8);
            writer.WritePropertyName("payload"u8);
            GraphQLResultErrors.WriteErrorsArray(state.Result, writer);
            writer.WriteEndObject();
        });
    }

    private ValueTask<bool> SendNextAsync(WebSocketOperation operation, IGraphQLResult result)
    {
        if (operation.IsCancelled)
        {
            return ValueTask.FromResult(false);
        }

        if (result is RenderedGraphQLResult rendered)
        {
            return SendMessageAsync(NextMessage(operation, rendered));
        }

        return SendAsync((operation.Id, Result: result), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, state.Id);
            writer.WriteString("type"u8, "next"u8);
            writer.WritePropertyName("payload"u8);
            state.Result.WriteTo(writer);
            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// Sends a shared event's <c>next</c> message now, on the caller's thread, unless another message holds the
    /// connection (then false: the operation's loop sends it in turn). A send that has to wait (the client reads slowly)
    /// keeps the connection held until it completes, so the next message queues behind it and the order stays.
    /// </summary>
    internal bool TrySendNow(WebSocketOperation operation, RenderedGraphQLResult rendered)
    {
        if (!_sendLock.Wait(0))
        {
            return false;
        }

        if (_closeSent || _socket.State != WebSocketState.Open)
        {
            _sendLock.Release();
            return false;
        }

        ArraySegment<byte> message = NextMessage(operation, rendered);
        ValueTask sending;
        try
        {
            // No token: a send that cannot be cancelled takes the socket's synchronous path (no async frame, no
            // registration), and cancelling a send mid-frame would kill the socket anyway; aborting the socket ends it.
            sending = _socket.SendAsync(message.AsMemory(), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            TransportLog.ConnectionLost(_logger, exception);
            EndSend(message);
            return false;
        }

        if (!sending.IsCompleted)
        {
            _ = EndSendAsync(sending, message);
            return true;
        }

        bool sent = true;
        try
        {
            sending.GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            TransportLog.ConnectionLost(_logger, exception);
            sent = false;
        }

        EndSend(message);
        return sent;
    }

    /// <summary><c>{"id":…,"type":"next","payload":</c>, the shared bytes of the event, and <c>}</c>, in a pooled array.</summary>
    private static ArraySegment<byte> NextMessage(WebSocketOperation operation, RenderedGraphQLResult rendered)
    {
        ReadOnlySpan<byte> prefix = operation.NextMessagePrefix;
        ReadOnlySpan<byte> json = rendered.Json.Span;
        byte[] message = ArrayPool<byte>.Shared.Rent(prefix.Length + json.Length + 1);
        prefix.CopyTo(message);
        json.CopyTo(message.AsSpan(prefix.Length));
        message[prefix.Length + json.Length] = (byte)'}';
        return new ArraySegment<byte>(message, 0, prefix.Length + json.Length + 1);
    }

    /// <summary>A direct send had to wait: the connection stays held until it is done.</summary>
    private async Task EndSendAsync(ValueTask sending, ArraySegment<byte> message)
    {
        try
        {
            await sending;
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            TransportLog.ConnectionLost(_logger, exception);
        }
        finally
        {
            EndSend(message);
        }
    }

    private void EndSend(ArraySegment<byte> message)
    {
        ArrayPool<byte>.Shared.Return(message.Array!);
        _sendLock.Release();
    }

    /// <summary>Serialises one message (a result that fails to write throws here, before anything is sent) and sends it.</summary>
    private ValueTask<bool> SendAsync<TState>(TState state, Action<Utf8JsonWriter, TState> write) =>
        SendMessageAsync(PooledJsonSerializer.Rent(state, write));

    /// <summary>
    /// Sends one message under the send lock and returns its array to the shared pool; false when the socket can
    /// no longer carry it.
    /// </summary>
    private async ValueTask<bool> SendMessageAsync(ArraySegment<byte> message)
    {
        try
        {
            try
            {
                await _sendLock.WaitAsync(_receiving.Token);
            }
            catch (OperationCanceledException)
            {
                return false;
            }

            try
            {
                if (_closeSent || _socket.State != WebSocketState.Open)
                {
                    return false;
                }

                await _socket.SendAsync(message.AsMemory(), WebSocketMessageType.Text, endOfMessage: true, _receiving.Token);
                return true;
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
            {
                TransportLog.ConnectionLost(_logger, exception);
                return false;
            }
            finally
            {
                _sendLock.Release();
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message.Array!);
        }
    }

    /// <summary>Closes with a protocol status, stops every operation, and gives the client a while to answer.</summary>
    private async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        if (!await SendCloseAsync(status, reason))
        {
            return;
        }

        TransportLog.WebSocketClosing(_logger, (int)status, reason);
        await EndConnectionAsync();
        _receiving.CancelAfter(GraphQLWebSocketProtocol.CloseHandshakeTimeout);
    }

    /// <summary>The client closed: answer in kind to complete the handshake.</summary>
    private async Task AnswerCloseAsync()
    {
        await SendCloseAsync(WebSocketCloseStatus.NormalClosure, string.Empty);
    }

    private async Task<bool> SendCloseAsync(WebSocketCloseStatus status, string reason)
    {
        try
        {
            await _sendLock.WaitAsync(_receiving.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        try
        {
            if (_closeSent)
            {
                return false;
            }

            Volatile.Write(ref _closeSent, true);
            await _socket.CloseOutputAsync(status, reason, _receiving.Token);
            return true;
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            TransportLog.ConnectionLost(_logger, exception);
            return false;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        CancellationTokenSource watch = _initWatch = new CancellationTokenSource();
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, watch.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        finally
        {
            Volatile.Write(ref _initWatch, null);
        }

        if (Volatile.Read(ref _initReceived) == 0)
        {
            await CloseAsync(GraphQLWebSocketProtocol.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    private void EndInitialisationWatch() => Volatile.Read(ref _initWatch)?.Cancel();

    /// <summary>Shutdown began: complete the streams and close, off the thread that signalled every connection.</summary>
    private void OnStopping() => _shutdown = Task.Run(CompleteOnShutdownAsync);

    private async Task CompleteOnShutdownAsync()
    {
        if (_connection.IsCancellationRequested)
        {
            return;
        }

        // Streams complete; queries and mutations in flight run to their end.
        lock (_gate)
        {
            _operations.ForEach(static operation => operation.StopStream());
        }

        await StopAcceptingAndDrainAsync();
        await CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "Server shutting down");
    }

    /// <summary>The connection is over: its operations stop (each has a token source of its own, linked to nothing).</summary>
    private async Task EndConnectionAsync()
    {
        await _connection.CancelAsync();
        lock (_gate)
        {
            _operations.ForEach(static operation => operation.Cancel());
        }
    }

    private Task StopAcceptingAndDrainAsync()
    {
        lock (_gate)
        {
            _acceptingOperations = false;
            if (_running == 0)
            {
                _idle.TrySetResult();
            }
        }

        return _idle.Task;
    }

    private static bool TryGetId(JsonElement message, [NotNullWhen(true)] out string? id)
    {
        id = message.TryGetProperty("id"u8, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
        return !string.IsNullOrEmpty(id);
    }

    /// <summary>A payload may be absent or null; if present it must be an object.</summary>
    private static bool TryGetOptionalPayload(JsonElement message, out JsonElement? payload)
    {
        payload = null;
        return !message.TryGetProperty("payload"u8, out JsonElement value)
            || GraphQLRequestParser.TryReadMap(value, out payload);
    }
}
