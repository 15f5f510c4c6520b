namespace GameLibrary.Transport.Hosting;

/// <summary>
/// Counts the operations in flight (HTTP requests, SSE streams, WebSocket sessions) and drives a
/// graceful shutdown: <see cref="Stopping"/> asks live sessions to complete and new work to be
/// refused, <see cref="Aborted"/> cancels whatever is left once the deadline passes.
/// </summary>
internal sealed class GraphQLOperationTracker : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _aborted = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _shuttingDown;

    /// <summary>Cancelled when shutdown begins: streams complete, new operations are refused.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Cancelled when the shutdown deadline passes: remaining work is abandoned.</summary>
    public CancellationToken Aborted => _aborted.Token;

    /// <summary>True once shutdown has begun.</summary>
    public bool IsStopping => Volatile.Read(ref _shuttingDown) != 0;

    /// <summary>The number of operations entered and not yet exited.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Completes once shutdown has begun and no operation is in flight.</summary>
    public Task Drained => _drained.Task;

    /// <summary>Registers a new operation; false (and nothing registered) once shutdown has begun.</summary>
    public bool TryEnter()
    {
        // Increment before checking, and BeginShutdown sets its flag before reading the count
        // (both with full fences), so an operation is either refused or counted, never missed.
        Interlocked.Increment(ref _inFlight);
        if (IsStopping)
        {
            Exit();
            return false;
        }

        return true;
    }

    /// <summary>Ends an operation registered by a successful <see cref="TryEnter"/>.</summary>
    public void Exit()
    {
        if (Interlocked.Decrement(ref _inFlight) == 0 && IsStopping)
        {
            _drained.TrySetResult();
        }
    }

    /// <summary>
    /// Begins shutdown: signals <see cref="Stopping"/> and schedules <see cref="Aborted"/> after
    /// <paramref name="timeout"/>. Later calls do nothing.
    /// </summary>
    public void BeginShutdown(TimeSpan timeout)
    {
        if (Interlocked.Exchange(ref _shuttingDown, 1) != 0)
        {
            return;
        }

        _aborted.CancelAfter(timeout);
        _stopping.Cancel();
        if (InFlight == 0)
        {
            _drained.TrySetResult();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stopping.Dispose();
        _aborted.Dispose();
    }
}
