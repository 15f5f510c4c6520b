using GameLibrary.DataLoader.Tests.Support;

using GraphQL.DataLoader;

namespace GameLibrary.DataLoader.Tests;

public sealed class ThenTests
{
    [Fact]
    public async Task Mapped_results_keep_batching_and_map_the_loaded_values()
    {
        RecordingBatchLoader<int> loader = new();
        IDataLoaderResult<int> first = loader.LoadAsync(1).Then(value => value!.Length);
        IDataLoaderResult<string> second = loader.LoadAsync(22).Then(value => value!.ToUpperInvariant());

        Assert.Empty(loader.Calls);
        Assert.Equal("VALUE-22", await second.GetResultAsync());
        Assert.Equal("value-1".Length, await first.GetResultAsync());
        Assert.Equal([[1, 22]], loader.Calls);
    }

    [Fact]
    public async Task The_untyped_result_GraphQL_awaits_is_the_mapped_value()
    {
        RecordingBatchLoader<int> loader = new();
        IDataLoaderResult mapped = loader.LoadAsync(7).Then(value => value + "!");

        Assert.Equal("value-7!", await mapped.GetResultAsync());
    }
}
