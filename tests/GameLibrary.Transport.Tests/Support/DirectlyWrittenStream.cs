using System.Threading.Tasks.Sources;

using GameLibrary.Transport.Execution;

namespace GameLibrary.Transport.Tests.Support;

/// <summary>
/// A subscription stream that writes its events through the transport's writer, as the gateway's fan-out does: while
/// the transport waits in <see cref="MoveNextAsync"/>, another thread offers each event to the writer and hands the
/// transport only what the writer declines; after the last one the wait ends. Counts the events written directly in
/// <see cref="ExecutorProbe.DirectWrites"/>.
/// </summary>
internal sealed class DirectlyWrittenStream(IReadOnlyList<IGraphQLResult> events, ExecutorProbe probe)
    : IAsyncEnumerable<IGraphQLResult>, IAsyncEnumerator<IGraphQLResult>, IGraphQLDirectEvents, IValueTaskSource<bool>
{
    private ManualResetValueTaskSourceCore<bool> _wait = new() { RunContinuationsAsynchronously = true };
    private IGraphQLEventWriter? _writer;
    private int _next;

    public IGraphQLResult Current { get; private set; } = null!;

    public IAsyncEnumerator<IGraphQLResult> GetAsyncEnumerator(CancellationToken cancellationToken = default) => this;

    public void UseWriter(IGraphQLEventWriter writer) => _writer = writer;

    public ValueTask<bool> MoveNextAsync()
    {
        _wait.Reset();
        _ = Task.Run(Deliver);
        return new ValueTask<bool>(this, _wait.Version);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    bool IValueTaskSource<bool>.GetResult(short token) => _wait.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<bool>.GetStatus(short token) => _wait.GetStatus(token);

    void IValueTaskSource<bool>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _wait.OnCompleted(continuation, state, token, flags);

    /// <summary>Writes events until the writer declines one (the transport gets it) or none are left (the stream ends).</summary>
    private void Deliver()
    {
        while (_next < events.Count)
        {
            IGraphQLResult result = events[_next++];
            if (_writer?.TryWrite(result) != true)
            {
                Current = result;
                _wait.SetResult(true);
                return;
            }

            Interlocked.Increment(ref probe.DirectWrites);
        }

        _wait.SetResult(false);
    }
}
