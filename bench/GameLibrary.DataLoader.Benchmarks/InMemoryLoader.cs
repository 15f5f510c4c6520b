using GameLibrary.DataLoader;

namespace GameLibrary.DataLoader.Benchmarks;

/// <summary>A loader whose fetch is an in-memory lookup, so the benchmark measures the loader, not a database.</summary>
internal sealed class InMemoryLoader(DataLoaderOptions? options = null) : BatchDataLoader<int, string>(options)
{
    public int Calls { get; private set; }

    protected override Task<IReadOnlyDictionary<int, string>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        Calls++;
        var values = new Dictionary<int, string>(keys.Count);
        foreach (int key in keys)
        {
            values[key] = Names.Of(key);
        }

        return Task.FromResult<IReadOnlyDictionary<int, string>>(values);
    }
}
