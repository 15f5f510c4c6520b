using GameLibrary.DataLoader.Tests.Support;

using GraphQL.DataLoader;

namespace GameLibrary.DataLoader.Tests;

public sealed class ErrorTests
{
    [Fact]
    public async Task A_fetch_that_throws_fails_every_key_of_its_batch()
    {
        InvalidOperationException failure = new("store down");
        RecordingBatchLoader<int> loader = new() { OnFetch = (_, _) => throw failure };
        IDataLoaderResult<string?> first = loader.LoadAsync(1);
        IDataLoaderResult<string?> second = loader.LoadAsync(2);

        Assert.Same(failure, await Assert.ThrowsAsync<InvalidOperationException>(() => first.GetResultAsync()));
        Assert.Same(failure, await Assert.ThrowsAsync<InvalidOperationException>(() => second.GetResultAsync()));
        Assert.Single(loader.Calls);
    }

    [Fact]
    public async Task Keys_of_a_failed_batch_are_not_cached()
    {
        int attempts = 0;
        RecordingBatchLoader<int> loader = new()
        {
            OnFetch = (_, _) => Interlocked.Increment(ref attempts) == 1 ? throw new InvalidOperationException("transient") : Task.CompletedTask,
        };
        await Assert.ThrowsAsync<InvalidOperationException>(() => loader.LoadValueAsync(1));

        Assert.Equal("value-1", await loader.LoadValueAsync(1));
        Assert.Equal([[1], [1]], loader.Calls);
    }

    [Fact]
    public async Task A_failing_call_of_a_split_batch_fails_only_its_own_keys()
    {
        RecordingBatchLoader<int> loader = new(new DataLoaderOptions { MaxBatchSize = 2 })
        {
            OnFetch = static (keys, _) => keys.Contains(3) ? throw new InvalidOperationException("bad chunk") : Task.CompletedTask,
        };
        IDataLoaderResult<string?>[] results = [.. Enumerable.Range(1, 4).Select(loader.LoadAsync)];

        Assert.Equal("value-1", await results[0].GetResultAsync());
        Assert.Equal("value-2", await results[1].GetResultAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => results[2].GetResultAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => results[3].GetResultAsync());
    }

    [Fact]
    public async Task SetError_fails_one_key_while_the_others_succeed()
    {
        KeyNotFoundException failure = new("no such row");
        RecordingBatchLoader<int>? loader = null;
        loader = new()
        {
            OnFetch = async (_, _) =>
            {
                // Reported after an await: the batch must still be known there.
                await Task.Yield();
                loader!.ReportError(2, failure);
            },
        };
        IDataLoaderResult<string?>[] results = [loader.LoadAsync(1), loader.LoadAsync(2), loader.LoadAsync(3)];

        Assert.Equal("value-1", await results[0].GetResultAsync());
        Assert.Same(failure, await Assert.ThrowsAsync<KeyNotFoundException>(() => results[1].GetResultAsync()));
        Assert.Equal("value-3", await results[2].GetResultAsync());
    }

    [Fact]
    public async Task A_key_failed_by_SetError_is_fetched_again_while_its_siblings_stay_cached()
    {
        int attempts = 0;
        RecordingBatchLoader<int>? loader = null;
        loader = new()
        {
            OnFetch = (_, _) =>
            {
                if (Interlocked.Increment(ref attempts) == 1)
                {
                    loader!.ReportError(2, new InvalidOperationException("transient"));
                }

                return Task.CompletedTask;
            },
        };
        await Assert.ThrowsAsync<InvalidOperationException>(() => loader.LoadManyAsync([1, 2]).GetResultAsync());

        IReadOnlyList<string?> values = await loader.LoadManyAsync([1, 2]).GetResultAsync();

        Assert.Equal(["value-1", "value-2"], values);
        Assert.Equal([[1, 2], [2]], loader.Calls);
    }

    [Fact]
    public void SetError_outside_a_fetch_is_rejected()
    {
        RecordingBatchLoader<int> loader = new();

        Assert.Throws<InvalidOperationException>(() => loader.ReportError(1, new InvalidOperationException()));
    }

    [Fact]
    public async Task SetError_for_a_key_outside_the_batch_is_rejected()
    {
        Exception? rejection = null;
        RecordingBatchLoader<int>? loader = null;
        loader = new()
        {
            OnFetch = (_, _) =>
            {
                rejection = Record.Exception(() => loader!.ReportError(99, new InvalidOperationException()));
                return Task.CompletedTask;
            },
        };

        Assert.Equal("value-1", await loader.LoadValueAsync(1));
        Assert.IsType<ArgumentException>(rejection);
    }

    [Fact]
    public async Task SetError_after_the_fetch_completed_is_rejected()
    {
        TaskCompletionSource fetchDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<Exception?>? late = null;
        RecordingBatchLoader<int>? loader = null;
        loader = new()
        {
            OnFetch = (_, _) =>
            {
                late = Task.Run<Exception?>(async () =>
                {
                    await fetchDone.Task;
                    return Record.Exception(() => loader!.ReportError(1, new InvalidOperationException()));
                });
                return Task.CompletedTask;
            },
        };

        Assert.Equal("value-1", await loader.LoadValueAsync(1));
        fetchDone.SetResult();

        Assert.IsType<InvalidOperationException>(await late!);
        Assert.Equal("value-1", await loader.LoadValueAsync(1));
    }
}
