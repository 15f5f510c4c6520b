using GameLibrary.DataLoader.Tests.Support;

using GraphQL.DataLoader;

namespace GameLibrary.DataLoader.Tests;

public sealed class GroupedDataLoaderTests
{
    [Fact]
    public async Task Each_key_resolves_to_its_group_from_one_call()
    {
        RecordingGroupedLoader loader = new();
        IDataLoaderResult<IReadOnlyList<string>> two = loader.LoadAsync(2);
        IDataLoaderResult<IReadOnlyList<string>> three = loader.LoadAsync(3);
        loader.LoadAsync(2);

        Assert.Equal(["3-0", "3-1", "3-2"], await three.GetResultAsync());
        Assert.Equal(["2-0", "2-1"], await two.GetResultAsync());
        Assert.Equal([[2, 3]], loader.Calls);
    }

    [Fact]
    public async Task A_key_missing_from_the_lookup_resolves_to_an_empty_list()
    {
        RecordingGroupedLoader loader = new();

        IReadOnlyList<string> values = await loader.LoadValueAsync(0);

        Assert.Empty(values);
    }

    [Fact]
    public async Task A_cached_group_is_not_fetched_again()
    {
        RecordingGroupedLoader loader = new();
        await loader.LoadValueAsync(2);

        IReadOnlyList<IReadOnlyList<string>> groups = await loader.LoadManyAsync([2, 1]).GetResultAsync();

        Assert.Equal([["2-0", "2-1"], ["1-0"]], groups);
        Assert.Equal([[2], [1]], loader.Calls);
    }
}
