using GameLibrary.DataLoader.Tests.Support;

using GraphQL.DataLoader;

namespace GameLibrary.DataLoader.Tests;

public sealed class CancellationTests
{
    [Fact]
    public async Task Cancelling_a_wait_leaves_the_batch_running_for_the_other_callers()
    {
        TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        RecordingBatchLoader<int> loader = new() { OnFetch = (_, _) => release.Task };
        IDataLoaderResult<string?> result = loader.LoadAsync(1);
        Task<string?> patient = result.GetResultAsync();
        using CancellationTokenSource cancellation = new();
        Task<string?> impatient = result.GetResultAsync(cancellation.Token);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        release.SetResult();
        Assert.Equal("value-1", await patient);
    }

    [Fact]
    public async Task The_fetch_gets_the_token_of_the_dispatching_call_and_cancelled_keys_are_not_cached()
    {
        using CancellationTokenSource cancellation = new();
        RecordingBatchLoader<int> loader = new()
        {
            OnFetch = static (_, token) => token.CanBeCanceled ? Task.Delay(Timeout.Infinite, token) : Task.CompletedTask,
        };
        IDataLoaderResult<string?> dispatcher = loader.LoadAsync(1);
        IDataLoaderResult<string?> sibling = loader.LoadAsync(2);
        Task<string?> dispatched = dispatcher.GetResultAsync(cancellation.Token);
        Task<string?> waiting = sibling.GetResultAsync();

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dispatched);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal("value-2", await loader.LoadValueAsync(2));
        Assert.Equal([[1, 2], [2]], loader.Calls);
    }

    [Fact]
    public async Task An_already_cancelled_wait_does_not_dispatch()
    {
        RecordingBatchLoader<int> loader = new();
        IDataLoaderResult<string?> result = loader.LoadAsync(1);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => result.GetResultAsync(new CancellationToken(canceled: true)));

        Assert.Empty(loader.Calls);
        Assert.Equal("value-1", await result.GetResultAsync());
    }

    [Fact]
    public async Task A_cancelled_batch_skips_the_calls_it_has_not_started()
    {
        using CancellationTokenSource cancellation = new();
        RecordingBatchLoader<int> loader = new(new DataLoaderOptions { MaxBatchSize = 1 })
        {
            OnFetch = (_, _) => cancellation.CancelAsync(),
        };
        IDataLoaderResult<string?> first = loader.LoadAsync(1);
        IDataLoaderResult<string?> second = loader.LoadAsync(2);

        Assert.Equal("value-1", await first.GetResultAsync(cancellation.Token));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.GetResultAsync());
        Assert.Equal([[1]], loader.Calls);
    }
}
