using GameLibrary.DataLoader.Tests.Support;

using GraphQL.DataLoader;

namespace GameLibrary.DataLoader.Tests;

public sealed class ConcurrencyTests
{
    private const int Keys = 1000;

    [Fact]
    public async Task Loads_racing_on_many_threads_share_one_result_per_key_and_one_call()
    {
        const int threads = 8;
        for (int round = 0; round < 20; round++)
        {
            RecordingBatchLoader<int> loader = new();
            IDataLoaderResult<string?>[][] results = new IDataLoaderResult<string?>[threads][];
            using Barrier start = new(threads);

            // Dedicated threads released together, all loading the same keys in the same order: the most collisions.
            Thread[] loaders = [.. Enumerable.Range(0, threads).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                results[t] = [.. Enumerable.Range(0, Keys).Select(loader.LoadAsync)];
            }))];
            Array.ForEach(loaders, static thread => thread.Start());
            Array.ForEach(loaders, static thread => thread.Join());

            string?[] values = await Task.WhenAll(results[^1].Select(static result => result.GetResultAsync()));

            Assert.Equal(Enumerable.Range(0, Keys).Select(RecordingBatchLoader<int>.ValueOf), values);
            Assert.All(results, perThread => Assert.Equal(results[0], perThread, ReferenceEqualityComparer.Instance));
            Assert.Equal(Enumerable.Range(0, Keys), Assert.Single(loader.Calls));
        }
    }

    [Fact]
    public async Task Concurrent_loads_and_dispatches_answer_every_key_and_fetch_each_once()
    {
        RecordingBatchLoader<int> loader = new() { OnFetch = static async (_, _) => await Task.Yield() };
        string?[] values = new string?[Keys * 4];

        await Parallel.ForEachAsync(
            Enumerable.Range(0, values.Length),
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, _) => values[i] = await loader.LoadValueAsync(i % Keys));

        for (int i = 0; i < values.Length; i++)
        {
            Assert.Equal(RecordingBatchLoader<int>.ValueOf(i % Keys), values[i]);
        }

        Assert.Equal(Enumerable.Range(0, Keys), loader.Calls.SelectMany(static keys => keys).Order());
    }

    [Fact]
    public async Task Concurrent_loads_without_caching_answer_every_key()
    {
        RecordingBatchLoader<int> loader = new(new DataLoaderOptions { CacheResults = false, MaxBatchSize = 7 })
        {
            OnFetch = static async (_, _) => await Task.Yield(),
        };
        string?[] values = new string?[Keys];

        await Parallel.ForEachAsync(
            Enumerable.Range(0, values.Length),
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, _) => values[i] = await loader.LoadValueAsync(i % 100));

        for (int i = 0; i < values.Length; i++)
        {
            Assert.Equal(RecordingBatchLoader<int>.ValueOf(i % 100), values[i]);
        }

        Assert.All(loader.Calls, static keys => Assert.Equal(keys.Length, keys.Distinct().Count()));
    }
}
