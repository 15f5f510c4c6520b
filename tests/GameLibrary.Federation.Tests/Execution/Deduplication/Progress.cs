namespace GameLibrary.Federation.Tests.Execution.Deduplication;

/// <summary>Lets a test wait until a condition holds, woken by the events that can change it (no sleeps).</summary>
internal sealed class Progress
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly SemaphoreSlim _changed = new(0);

    /// <summary>Something the test may be waiting for happened.</summary>
    public void Changed() => _changed.Release();

    /// <summary>Waits until the condition holds; fails the test if it never does.</summary>
    public async Task UntilAsync(Func<bool> condition, string what)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!condition())
        {
            try
            {
                await _changed.WaitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Never happened: {what}.");
            }
        }
    }
}
