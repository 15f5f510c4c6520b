using GameLibrary.Transport.Hosting;

namespace GameLibrary.Transport.Tests;

public sealed class OperationTrackerTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    [Fact]
    public void Operations_AreCounted_UntilShutdown()
    {
        using GraphQLOperationTracker tracker = new();

        Assert.True(tracker.TryEnter());
        Assert.True(tracker.TryEnter());
        tracker.Exit();

        Assert.Equal(1, tracker.InFlight);
        Assert.False(tracker.IsStopping);
        Assert.False(tracker.Stopping.IsCancellationRequested);
        Assert.False(tracker.Drained.IsCompleted);
    }

    [Fact]
    public void Shutdown_SignalsStopping_AndRefusesNewOperations()
    {
        using GraphQLOperationTracker tracker = new();
        Assert.True(tracker.TryEnter());

        tracker.BeginShutdown(TimeSpan.FromHours(1));

        Assert.True(tracker.IsStopping);
        Assert.True(tracker.Stopping.IsCancellationRequested);
        Assert.False(tracker.TryEnter());
        Assert.Equal(1, tracker.InFlight);
        Assert.False(tracker.Aborted.IsCancellationRequested);
    }

    [Fact]
    public async Task Drained_CompletesWhenTheLastOperationExits()
    {
        using GraphQLOperationTracker tracker = new();
        Assert.True(tracker.TryEnter());
        Assert.True(tracker.TryEnter());
        tracker.BeginShutdown(TimeSpan.FromHours(1));

        tracker.Exit();
        Assert.False(tracker.Drained.IsCompleted);
        tracker.Exit();

        await tracker.Drained.WaitAsync(Generous);
        Assert.False(tracker.Aborted.IsCancellationRequested);
    }

    [Fact]
    public async Task Drained_CompletesAtOnce_WhenNothingIsInFlight()
    {
        using GraphQLOperationTracker tracker = new();

        tracker.BeginShutdown(TimeSpan.FromHours(1));

        await tracker.Drained.WaitAsync(Generous);
    }

    [Fact]
    public async Task Aborted_FiresAtTheDeadline()
    {
        using GraphQLOperationTracker tracker = new();
        Assert.True(tracker.TryEnter());

        tracker.BeginShutdown(TimeSpan.FromMilliseconds(20));

        await Task.Delay(Timeout.Infinite, tracker.Aborted).ContinueWith(static _ => { }, TaskScheduler.Default).WaitAsync(Generous);
        Assert.True(tracker.Aborted.IsCancellationRequested);
    }

    [Fact]
    public void SecondShutdown_KeepsTheFirstDeadline()
    {
        using GraphQLOperationTracker tracker = new();
        tracker.BeginShutdown(TimeSpan.FromHours(1));

        tracker.BeginShutdown(TimeSpan.Zero);

        Assert.False(tracker.Aborted.IsCancellationRequested);
    }

    [Fact]
    public async Task ConcurrentEntriesAndShutdown_NeverLoseAnOperation()
    {
        using GraphQLOperationTracker tracker = new();
        int admitted = 0;
        Task[] workers = [.. Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (int i = 0; i < 10_000; i++)
            {
                if (tracker.TryEnter())
                {
                    Interlocked.Increment(ref admitted);
                    tracker.Exit();
                }
            }
        }))];

        tracker.BeginShutdown(TimeSpan.FromHours(1));
        await Task.WhenAll(workers).WaitAsync(Generous);

        Assert.Equal(0, tracker.InFlight);
        await tracker.Drained.WaitAsync(Generous);
        Assert.False(tracker.TryEnter());
        Assert.InRange(admitted, 0, 80_000);
    }
}
