namespace GameLibrary.Gateway.Tests.Subgraphs.Products;

/// <summary>Holds the <c>slow</c> field until the test opens the gate, so a request can be kept in flight on purpose.</summary>
public sealed class SlowGate
{
    private TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a <c>slow</c> resolver is waiting at the gate.</summary>
    public Task Entered => Volatile.Read(ref _entered).Task;

    public async Task<string> PassAsync(CancellationToken cancellationToken)
    {
        Volatile.Read(ref _entered).TrySetResult();
        await Volatile.Read(ref _open).Task.WaitAsync(cancellationToken);
        return "passed";
    }

    public void Open() => Volatile.Read(ref _open).TrySetResult();

    /// <summary>Closes the gate again for the next test.</summary>
    public void Reset()
    {
        Volatile.Write(ref _entered, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        Volatile.Write(ref _open, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }
}
