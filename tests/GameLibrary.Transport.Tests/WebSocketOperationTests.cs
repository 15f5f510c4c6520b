using GameLibrary.Transport.WebSockets;

namespace GameLibrary.Transport.Tests;

/// <summary>
/// A WebSocket operation's one token source serves the client's <c>complete</c>, the connection's end and shutdown:
/// shutdown must stop only streams, and must not look like the client's cancellation (which sends nothing more).
/// </summary>
public sealed class WebSocketOperationTests
{
    // The session is only used to send the operation's events; these tests send nothing.
    private static readonly GraphQLWebSocketSession NoSession = null!;

    [Fact]
    public void Shutdown_StopsAStream_WithoutCancellingTheOperation()
    {
        using WebSocketOperation operation = new("1", NoSession);
        operation.BeginStream(stopping: false);

        operation.StopStream();

        Assert.True(operation.Token.IsCancellationRequested);
        Assert.True(operation.IsStopped);
        Assert.False(operation.IsCancelled);
    }

    [Fact]
    public void Shutdown_LeavesAQueryRunning()
    {
        using WebSocketOperation operation = new("1", NoSession);

        operation.StopStream();

        Assert.False(operation.Token.IsCancellationRequested);
        Assert.False(operation.IsStopped);
    }

    [Fact]
    public void AStreamStartingAfterShutdownBegan_StopsAtOnce()
    {
        // The session's shutdown pass ran while the operation was still executing: it saw no stream to stop.
        using WebSocketOperation operation = new("1", NoSession);
        operation.StopStream();

        operation.BeginStream(stopping: true);

        Assert.True(operation.Token.IsCancellationRequested);
        Assert.True(operation.IsStopped);
    }

    [Fact]
    public void TheClientsComplete_CancelsTheOperation_EvenAfterShutdownStoppedIt()
    {
        using WebSocketOperation operation = new("1", NoSession);
        operation.BeginStream(stopping: false);
        operation.StopStream();

        operation.Cancel();

        Assert.True(operation.IsCancelled);
        Assert.False(operation.IsStopped);
    }

    [Fact]
    public void Cancelling_AFinishedOperation_DoesNotThrow()
    {
        WebSocketOperation operation = new("1", NoSession);
        operation.BeginStream(stopping: false);
        operation.Dispose();

        operation.Cancel();
        operation.StopStream();

        Assert.True(operation.IsCancelled);
    }
}
