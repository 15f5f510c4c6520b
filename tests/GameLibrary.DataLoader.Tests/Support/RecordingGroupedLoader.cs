using System.Collections.Concurrent;

namespace GameLibrary.DataLoader.Tests.Support;

/// <summary>Resolves key k to the k values "k-0" … "k-(k-1)" (so key 0 has none) and records every fetch.</summary>
public sealed class RecordingGroupedLoader(DataLoaderOptions? options = null) : GroupedDataLoader<int, string>(options)
{
    private readonly ConcurrentQueue<int[]> _calls = new();

    public IReadOnlyList<int[]> Calls => [.. _calls];

    public static string[] ValuesOf(int key) => [.. Enumerable.Range(0, key).Select(i => $"{key}-{i}")];

    protected override async Task<ILookup<int, string>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        _calls.Enqueue([.. keys]);
        await Task.Yield();
        return keys.SelectMany(ValuesOf, static (key, value) => (key, value)).ToLookup(pair => pair.key, pair => pair.value);
    }
}
