using GameLibrary.DataLoader.Tests.Support;

using GraphQL.DataLoader;

namespace GameLibrary.DataLoader.Tests;

public sealed class BatchingTests
{
    [Fact]
    public async Task Queued_keys_are_fetched_in_one_call_when_the_first_result_is_awaited()
    {
        RecordingBatchLoader<int> loader = new();
        IDataLoaderResult<string?>[] results = [loader.LoadAsync(1), loader.LoadAsync(2), loader.LoadAsync(3)];

        Assert.Empty(loader.Calls);
        Assert.Equal("value-2", await results[1].GetResultAsync());

        Assert.Equal([[1, 2, 3]], loader.Calls);
        Assert.Equal("value-1", await results[0].GetResultAsync());
        Assert.Equal("value-3", await results[2].GetResultAsync());
        Assert.Single(loader.Calls);
    }

    [Fact]
    public async Task Duplicate_keys_are_fetched_once_in_first_load_order_and_share_one_result()
    {
        RecordingBatchLoader<int> loader = new();
        IDataLoaderResult<string?>[] results = [.. new[] { 3, 1, 3, 2, 1 }.Select(loader.LoadAsync)];

        await results[4].GetResultAsync();

        Assert.Equal([[3, 1, 2]], loader.Calls);
        Assert.Same(results[0], results[2]);
        Assert.Same(results[1], results[4]);
    }

    [Fact]
    public async Task Keys_loaded_after_a_dispatch_form_the_next_batch()
    {
        RecordingBatchLoader<int> loader = new();
        IDataLoaderResult<string?> first = loader.LoadAsync(1);
        loader.LoadAsync(2);
        await first.GetResultAsync();

        Assert.Equal("value-3", await loader.LoadAsync(3).GetResultAsync());

        Assert.Equal([[1, 2], [3]], loader.Calls);
    }

    [Fact]
    public async Task Keys_loaded_while_a_fetch_is_in_flight_are_fetched_without_waiting_for_it()
    {
        TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        RecordingBatchLoader<int> loader = new() { OnFetch = (keys, _) => keys[0] == 1 ? release.Task : Task.CompletedTask };
        Task<string?> first = loader.LoadValueAsync(1);

        Assert.Equal("value-2", await loader.LoadValueAsync(2));

        Assert.False(first.IsCompleted);
        release.SetResult();
        Assert.Equal("value-1", await first);
        Assert.Equal([[1], [2]], loader.Calls);
    }

    [Fact]
    public async Task A_key_missing_from_the_fetch_result_resolves_to_null()
    {
        RecordingBatchLoader<int> loader = new() { Exists = static key => key != 2 };
        IDataLoaderResult<string?> present = loader.LoadAsync(1);
        IDataLoaderResult<string?> missing = loader.LoadAsync(2);

        Assert.Null(await missing.GetResultAsync());
        Assert.Equal("value-1", await present.GetResultAsync());
    }

    [Fact]
    public async Task Keys_beyond_the_max_batch_size_are_split_into_several_calls_in_order()
    {
        RecordingBatchLoader<int> loader = new(new DataLoaderOptions { MaxBatchSize = 3 });
        IDataLoaderResult<string?>[] results = [.. Enumerable.Range(1, 7).Select(loader.LoadAsync)];

        string?[] values = await Task.WhenAll(results.Select(static result => result.GetResultAsync()));

        Assert.Equal([[1, 2, 3], [4, 5, 6], [7]], loader.Calls);
        Assert.Equal(Enumerable.Range(1, 7).Select(RecordingBatchLoader<int>.ValueOf), values);
    }

    [Fact]
    public async Task The_calls_of_a_split_batch_run_one_after_another()
    {
        int running = 0;
        bool overlapped = false;
        RecordingBatchLoader<int> loader = new(new DataLoaderOptions { MaxBatchSize = 2 })
        {
            OnFetch = async (_, _) =>
            {
                if (Interlocked.Increment(ref running) > 1)
                {
                    overlapped = true;
                }

                await Task.Delay(5);
                Interlocked.Decrement(ref running);
            },
        };
        IDataLoaderResult<string?>[] results = [.. Enumerable.Range(1, 8).Select(loader.LoadAsync)];

        await Task.WhenAll(results.Select(static result => result.GetResultAsync()));

        Assert.Equal(4, loader.Calls.Count);
        Assert.False(overlapped);
    }

    [Fact]
    public async Task LoadValueAsync_loads_and_dispatches()
    {
        RecordingBatchLoader<int> loader = new();

        Assert.Equal("value-5", await loader.LoadValueAsync(5));
        Assert.Equal([[5]], loader.Calls);
    }

    [Fact]
    public async Task LoadManyAsync_resolves_every_key_in_order_from_one_call()
    {
        RecordingBatchLoader<int> loader = new() { Exists = static key => key != 9 };

        IReadOnlyList<string?> values = await loader.LoadManyAsync([2, 9, 2, 4]).GetResultAsync();

        Assert.Equal(["value-2", null, "value-2", "value-4"], values);
        Assert.Equal([[2, 9, 4]], loader.Calls);
    }

    [Fact]
    public async Task The_untyped_result_that_GraphQL_awaits_carries_the_value()
    {
        RecordingBatchLoader<int> loader = new();
        IDataLoaderResult untyped = loader.LoadAsync(7);

        Assert.Equal("value-7", await untyped.GetResultAsync());
        Assert.Equal("value-7", await untyped.GetResultAsync());
        object? many = await ((IDataLoaderResult)loader.LoadManyAsync([8])).GetResultAsync();
        Assert.Equal(["value-8"], Assert.IsAssignableFrom<IReadOnlyList<string?>>(many));
    }

    [Fact]
    public async Task The_key_comparer_decides_which_keys_are_duplicates()
    {
        RecordingBatchLoader<string> loader = new(new DataLoaderOptions { KeyComparer = StringComparer.OrdinalIgnoreCase });
        IDataLoaderResult<string?> lower = loader.LoadAsync("a");
        IDataLoaderResult<string?> upper = loader.LoadAsync("A");
        loader.LoadAsync("b");

        await upper.GetResultAsync();

        Assert.Same(lower, upper);
        Assert.Equal([["a", "b"]], loader.Calls);
    }

    [Fact]
    public void A_key_comparer_for_another_key_type_is_rejected()
    {
        DataLoaderOptions options = new() { KeyComparer = EqualityComparer<string>.Default };

        Assert.Throws<ArgumentException>(() => new RecordingBatchLoader<int>(options));
    }

    [Fact]
    public void A_max_batch_size_below_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(static () => new DataLoaderOptions { MaxBatchSize = 0 });
    }
}
