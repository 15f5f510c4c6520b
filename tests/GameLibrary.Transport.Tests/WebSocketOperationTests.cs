using GameLibrary.Transport.Execution;
using GameLibrary.Transport.Tests.Support;
using GameLibrary.Transport.WebSockets;

namespace GameLibrary.Transport.Tests;

/// <summary>
/// A WebSocket operation's one token source serves the client's <c>complete</c>, the connection's end and shutdown:
/// shutdown must stop only streams, and must not look like the client's cancellation (which sends nothing more). The
/// operation also sends a shared event itself, on the caller's thread, as its stream's direct writer.
/// </summary>
public sealed class WebSocketOperationTests : IDisposable
{
    // The session only sends an operation's events: none is running it.
    private readonly UnconnectedWebSocketSession _session = new();

    public void Dispose() => _session.Dispose();

    [Fact]
    public async Task ASharedEvent_IsSentAtOnceAsTheOperationsNextMessage_UntilTheOperationIsCancelled()
    {
        using WebSocketOperation operation = new("live-1", _session.Session);
        RenderedGraphQLResult shared = new(GraphQLResultKind.Executed, """{"data":{"n":1}}"""u8.ToArray());

        bool sent = operation.TryWrite(shared);
        operation.Cancel();
        bool sentAfterCancel = operation.TryWrite(shared);

        Assert.True(sent);
        Assert.False(sentAfterCancel);
        Assert.Equal(["""{"id":"live-1","type":"next","payload":{"data":{"n":1}}}"""], await _session.SentAsync());
    }

    [Fact]
    public void Shutdown_StopsAStream_WithoutCancellingTheOperation()
    {
        using WebSocketOperation operation = new("1", _session.Session);
        operation.BeginStream(stopping: false);

        operation.StopStream();

        Assert.True(operation.Token.IsCancellationRequested);
        Assert.True(operation.IsStopped);
        Assert.False(operation.IsCancelled);
    }

    [Fact]
    public void Shutdown_LeavesAQueryRunning()
    {
        using WebSocketOperation operation = new("1", _session.Session);

        operation.StopStream();

        Assert.False(operation.Token.IsCancellationRequested);
        Assert.False(operation.IsStopped);
    }

    [Fact]
    public void AStreamStartingAfterShutdownBegan_StopsAtOnce()
    {
        // The session's shutdown pass ran while the operation was still executing: it saw no stream to stop.
        using WebSocketOperation operation = new("1", _session.Session);
        operation.StopStream();

        operation.BeginStream(stopping: true);

        Assert.True(operation.Token.IsCancellationRequested);
        Assert.True(operation.IsStopped);
    }

    [Fact]
    public void TheClientsComplete_CancelsTheOperation_EvenAfterShutdownStoppedIt()
    {
        using WebSocketOperation operation = new("1", _session.Session);
        operation.BeginStream(stopping: false);
        operation.StopStream();

        operation.Cancel();

        Assert.True(operation.IsCancelled);
        Assert.False(operation.IsStopped);
    }

    [Fact]
    public void Cancelling_AFinishedOperation_DoesNotThrow()
    {
        WebSocketOperation operation = new("1", _session.Session);
        operation.BeginStream(stopping: false);
        operation.Dispose();

        operation.Cancel();
        operation.StopStream();

        Assert.True(operation.IsCancelled);
    }
}
