using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// One graphql-transport-ws connection (graphql-ws PROTOCOL.md) to a subgraph, carrying any number of
/// subscriptions, each under its own id (the protocol multiplexes). Opening it connects, sends
/// <c>connection_init</c> and waits for <c>connection_ack</c>; <see cref="SubscribeAsync"/> starts an operation;
/// a receive loop answers pings and routes each <c>next</c>, <c>error</c> and <c>complete</c> to its operation.
/// When the connection breaks, every open operation fails with the same error. Disposing it closes the socket
/// with a close handshake.
/// </summary>
internal sealed class GraphQLWsConnection : IAsyncDisposable
{
    /// <summary>The WebSocket subprotocol.</summary>
    public const string SubProtocol = "graphql-transport-ws";

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly string _subgraph;
    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ArrayBufferWriter<byte> _receiveBuffer = new(4096);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, GraphQLWsOperation> _operations = [];

    // Disposal began: the receive loop stops queueing and only waits for the close frame.
    private readonly CancellationTokenSource _stopping = new();

    // Cancelled only to give up on a subgraph that does not answer our close (cancelling a receive aborts the socket).
    private readonly CancellationTokenSource _abandon = new();

    private Task _receiveLoop = Task.CompletedTask;

    private int _lastId;

    // No operation may start: the connection broke, or it is retired (closing).
    private bool _closed;

    // Why the connection broke, for operations that try to start on it afterwards.
    private SubgraphRequestException? _failure;

    private GraphQLWsConnection(string subgraph, ClientWebSocket socket)
    {
        _subgraph = subgraph;
        _socket = socket;
    }

    /// <summary>
    /// Connects to <paramref name="url"/> (the propagated headers go on the upgrade request and into the
    /// <c>connection_init</c> payload, the opener's trace context on the upgrade request only, as the HTTP client's
    /// instrumentation puts a current Activity's there) and waits for the acknowledgement. Throws <see cref="SubgraphRequestException"/> when the subgraph cannot be reached,
    /// refuses the connection, or does not acknowledge it within <paramref name="timeout"/>.
    /// </summary>
    public static async Task<GraphQLWsConnection> OpenAsync(
        string subgraph,
        Uri url,
        ForwardedHeaders headers,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(SubProtocol);
        foreach (var (name, value) in headers.Propagated)
        {
            socket.Options.SetRequestHeader(name, value);
        }

        headers.AddTraceContext(socket.Options, static (options, name, value) => options.SetRequestHeader(name, value));

        var connection = new GraphQLWsConnection(subgraph, socket);
        using var handshake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            handshake.CancelAfter(timeout);
        }

        try
        {
            await socket.ConnectAsync(url, handshake.Token).ConfigureAwait(false);
            if (socket.SubProtocol != SubProtocol)
            {
                throw connection.Failed($"the subgraph does not speak {SubProtocol}");
            }

            await connection.SendAsync(headers.Propagated, WriteConnectionInit, handshake.Token).ConfigureAwait(false);
            await connection.AwaitAcknowledgementAsync(handshake.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            await connection.DisposeSocketAsync().ConfigureAwait(false);
            throw new SubgraphRequestException(
                subgraph,
                ErrorCodes.SubrequestTimeout,
                $"Subscription to subgraph '{subgraph}' was not acknowledged within {timeout.TotalMilliseconds:0} ms.",
                ex);
        }
        catch (WebSocketException ex)
        {
            await connection.DisposeSocketAsync().ConfigureAwait(false);
            throw connection.Failed(ex.Message.TrimEnd('.'), ex);
        }
        catch
        {
            await connection.DisposeSocketAsync().ConfigureAwait(false);
            throw;
        }

        connection._receiveLoop = Task.Run(connection.ReceiveLoopAsync, CancellationToken.None);
        return connection;
    }

    /// <summary>Operations running on this connection.</summary>
    public int OperationCount
    {
        get
        {
            lock (_gate)
            {
                return _operations.Count;
            }
        }
    }

    /// <summary>Whether operations may still start here.</summary>
    public bool IsOpen
    {
        get
        {
            lock (_gate)
            {
                return !_closed;
            }
        }
    }

    /// <summary>
    /// Starts a subscription under a new id. Throws <see cref="SubgraphRequestException"/> when the connection is
    /// broken. Disposing the operation completes it on the subgraph (unless the subgraph already ended it).
    /// </summary>
    public async Task<GraphQLWsOperation> SubscribeAsync(SubgraphRequest request, CancellationToken cancellationToken)
    {
        GraphQLWsOperation operation;
        lock (_gate)
        {
            if (_closed)
            {
                throw _failure ?? Failed("the connection is closing");
            }

            operation = new GraphQLWsOperation(this, (++_lastId).ToString(System.Globalization.CultureInfo.InvariantCulture));
            _operations[operation.Id] = operation;
        }

        try
        {
            await SendAsync((operation.Id, request), WriteSubscribe, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or InvalidOperationException or ObjectDisposedException)
        {
            Forget(operation);
            throw Failed($"the connection was lost: {ex.Message.TrimEnd('.')}", ex);
        }

        return operation;
    }

    /// <summary>
    /// Marks the connection closed when no operation runs on it, so none can start; true when it did (the
    /// caller then disposes it).
    /// </summary>
    public bool TryRetire()
    {
        lock (_gate)
        {
            if (_operations.Count > 0)
            {
                return false;
            }

            _closed = true;
            return true;
        }
    }

    /// <summary>Ends an operation: sends <c>complete</c> unless the subgraph ended it, and forgets its id.</summary>
    internal async ValueTask EndAsync(GraphQLWsOperation operation)
    {
        Forget(operation);
        if (operation.Ended)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await SendAsync(operation.Id, WriteComplete, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or InvalidOperationException or ObjectDisposedException)
        {
            // The connection is already gone: so is the subscription on the subgraph.
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        using (var timeout = new CancellationTokenSource(CloseTimeout))
        {
            try
            {
                await CloseOutputAsync(timeout.Token).ConfigureAwait(false);

                // The receive loop ends when the subgraph answers our close frame.
                await _receiveLoop.WaitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or InvalidOperationException)
            {
                // The connection is already gone, or the subgraph did not answer in time: the socket is dropped below.
            }
        }

        await DisposeSocketAsync().ConfigureAwait(false);
    }

    private static void WriteConnectionInit(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> headers)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "connection_init");

        // The propagated headers, by name: what graphql-ws servers read as connection parameters.
        writer.WriteStartObject("payload");
        foreach (var (name, value) in headers)
        {
            writer.WriteString(name, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteSubscribe(Utf8JsonWriter writer, (string Id, SubgraphRequest Request) subscribe)
    {
        var request = subscribe.Request;
        writer.WriteStartObject();
        writer.WriteString("id", subscribe.Id);
        writer.WriteString("type", "subscribe");
        writer.WriteStartObject("payload");
        writer.WriteString("query", request.Query);
        if (request.OperationName is not null)
        {
            writer.WriteString("operationName", request.OperationName);
        }

        writer.WritePropertyName("variables");
        request.Variables.WriteTo(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteComplete(Utf8JsonWriter writer, string id)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("type", "complete");
        writer.WriteEndObject();
    }

    private static void WritePong(Utf8JsonWriter writer, JsonObject? payload)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "pong");
        if (payload is not null)
        {
            writer.WritePropertyName("payload");
            payload.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static string? Text(JsonObject message, string property) =>
        message[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private async Task AwaitAcknowledgementAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var message = await ReceiveAsync(cancellationToken).ConfigureAwait(false)
                ?? throw Failed($"the subgraph closed the connection before acknowledging it ({CloseDescription()})");
            switch (Text(message, "type"))
            {
                case "connection_ack":
                    return;
                case "ping":
                    await SendAsync(message["payload"] as JsonObject, WritePong, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task ReceiveLoopAsync()
    {
        SubgraphRequestException? failure = null;
        try
        {
            while (await ReceiveAsync(_abandon.Token).ConfigureAwait(false) is { } message)
            {
                if (!_stopping.IsCancellationRequested)
                {
                    await HandleAsync(message).ConfigureAwait(false);
                }
            }

            if (OperationCount > 0 && !_stopping.IsCancellationRequested)
            {
                failure = Failed($"the subgraph closed the connection before completing the subscription ({CloseDescription()})");
            }

            // Answer the subgraph's close frame (or, when we closed first, this is a no-op).
            await CloseOutputAsync(_abandon.Token).ConfigureAwait(false);
        }
        catch (SubgraphRequestException ex)
        {
            failure = ex;
        }
        catch (OperationCanceledException) when (_abandon.IsCancellationRequested)
        {
            // Disposal gave up on the close handshake.
        }
        catch (Exception ex)
        {
            // Whatever broke the socket, the reader must see an error rather than a normal end of the stream.
            failure = Failed($"the connection was lost: {ex.Message.TrimEnd('.')}", ex);
        }
        finally
        {
            List<GraphQLWsOperation> open;
            lock (_gate)
            {
                _closed = true;
                _failure = failure ?? Failed("the subgraph closed the connection");
                open = [.. _operations.Values];
            }

            // A no-op for operations that complete or error already ended.
            foreach (var operation in open)
            {
                operation.Fail(failure ?? _failure);
            }
        }
    }

    private async Task HandleAsync(JsonObject message)
    {
        var type = Text(message, "type");
        if (type == "ping")
        {
            await SendAsync(message["payload"] as JsonObject, WritePong, _abandon.Token).ConfigureAwait(false);
            return;
        }

        GraphQLWsOperation? operation;
        lock (_gate)
        {
            // Messages for an id we already completed may still be in flight: they are dropped.
            _operations.TryGetValue(Text(message, "id") ?? "", out operation);
        }

        switch (type)
        {
            case "next" when operation is not null:
                if (message["payload"] is not JsonObject payload)
                {
                    throw Failed("the subgraph sent a next message without a payload object");
                }

                message.Remove("payload");
                await operation.QueueAsync(payload).ConfigureAwait(false);
                break;
            case "error" when operation is not null:
                // The subgraph refused the operation: its errors are the last event.
                var errors = message["payload"] as JsonArray ?? [new JsonObject { ["message"] = "The subgraph refused the subscription." }];
                message.Remove("payload");
                await operation.EndWithAsync(new JsonObject { ["errors"] = errors }).ConfigureAwait(false);
                break;
            case "complete" when operation is not null:
                await operation.EndWithAsync(null).ConfigureAwait(false);
                break;
        }
    }

    private void Forget(GraphQLWsOperation operation)
    {
        lock (_gate)
        {
            _operations.Remove(operation.Id);
        }
    }

    /// <summary>Reads one whole message; null when the subgraph sent a close frame.</summary>
    private async Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _receiveBuffer.ResetWrittenCount();
        ValueWebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(_receiveBuffer.GetMemory(4096), cancellationToken).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            _receiveBuffer.Advance(received.Count);
        }
        while (!received.EndOfMessage);

        try
        {
            return JsonNode.Parse(_receiveBuffer.WrittenSpan) as JsonObject
                ?? throw Failed("the subgraph sent a message that is not a JSON object");
        }
        catch (JsonException)
        {
            throw Failed("the subgraph sent a message that is not valid JSON");
        }
    }

    private async Task SendAsync<TState>(TState state, Action<Utf8JsonWriter, TState> write, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, state);
        }

        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends our close frame unless one was sent already (the receive loop and disposal may both get here).</summary>
    private async Task CloseOutputAsync(CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task DisposeSocketAsync()
    {
        await _abandon.CancelAsync().ConfigureAwait(false);
        await _receiveLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _socket.Dispose();
        _sendLock.Dispose();
        _stopping.Dispose();
        _abandon.Dispose();
    }

    private string CloseDescription() =>
        _socket.CloseStatus is { } status ? $"{(int)status} {_socket.CloseStatusDescription}".TrimEnd() : "no close status";

    private SubgraphRequestException Failed(string problem, Exception? inner = null) =>
        new(_subgraph, ErrorCodes.SubrequestHttpError, $"Subscription to subgraph '{_subgraph}' failed: {problem}.", inner);
}
