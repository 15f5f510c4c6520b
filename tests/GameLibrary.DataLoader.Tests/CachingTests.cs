using GameLibrary.DataLoader.Tests.Support;

using GraphQL.DataLoader;

namespace GameLibrary.DataLoader.Tests;

public sealed class CachingTests
{
    [Fact]
    public async Task A_cached_key_is_answered_without_fetching_again()
    {
        RecordingBatchLoader<int> loader = new();
        IDataLoaderResult<string?> first = loader.LoadAsync(1);
        await first.GetResultAsync();

        IDataLoaderResult<string?> again = loader.LoadAsync(1);
        IReadOnlyList<string?> both = await loader.LoadManyAsync([1, 2]).GetResultAsync();

        Assert.Same(first, again);
        Assert.Equal(["value-1", "value-2"], both);
        Assert.Equal([[1], [2]], loader.Calls);
    }

    [Fact]
    public async Task The_cache_belongs_to_one_loader_instance()
    {
        RecordingBatchLoader<int> first = new();
        RecordingBatchLoader<int> second = new();

        await first.LoadValueAsync(1);
        await second.LoadValueAsync(1);

        Assert.Single(first.Calls);
        Assert.Single(second.Calls);
    }

    [Fact]
    public async Task Without_caching_a_key_is_fetched_again_by_each_batch()
    {
        RecordingBatchLoader<int> loader = new(new DataLoaderOptions { CacheResults = false });

        await loader.LoadValueAsync(1);
        Assert.Equal("value-1", await loader.LoadValueAsync(1));

        Assert.Equal([[1], [1]], loader.Calls);
    }

    [Fact]
    public async Task Without_caching_duplicate_keys_of_one_batch_are_still_fetched_once()
    {
        RecordingBatchLoader<int> loader = new(new DataLoaderOptions { CacheResults = false });

        IReadOnlyList<string?> values = await loader.LoadManyAsync([1, 1, 2]).GetResultAsync();

        Assert.Equal(["value-1", "value-1", "value-2"], values);
        Assert.Equal([[1, 2]], loader.Calls);
    }
}
