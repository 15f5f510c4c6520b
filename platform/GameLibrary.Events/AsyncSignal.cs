namespace GameLibrary.Events;

/// <summary>
/// A wake-up for a polling loop: <see cref="Set"/> ends the current or the next wait early. Sets are
/// coalesced, never lost: a set during a pass makes the following wait return at once.
/// </summary>
internal sealed class AsyncSignal
{
    private TaskCompletionSource _current = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Set() => Volatile.Read(ref _current).TrySetResult();

    /// <summary>Waits for a set or for <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        using (var delay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            await Task.WhenAny(current.Task, Task.Delay(timeout, delay.Token)).ConfigureAwait(false);
            await delay.CancelAsync().ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (current.Task.IsCompleted)
        {
            // Re-arm before the caller's pass, so a set during that pass is seen by the next wait.
            Interlocked.CompareExchange(ref _current, new(TaskCreationOptions.RunContinuationsAsynchronously), current);
        }
    }
}
