using BenchmarkDotNet.Attributes;
using GraphQL.DataLoader;

namespace GameLibrary.DataLoader.Benchmarks;

/// <summary>
/// What one GraphQL execution step does: N sibling resolvers each load a key (with duplicates),
/// then every result is awaited. Compared against a hand-written batch (collect keys, one dictionary
/// fetch, look each up) — the floor any loader sits on.
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private int[] _keys = [];

    /// <summary>Resolvers in the step.</summary>
    [Params(10, 100, 1000)]
    public int Siblings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Half the keys repeat, as when many games share a genre.
        _keys = Enumerable.Range(0, Siblings).Select(i => i % Math.Max(1, Siblings / 2)).ToArray();
    }

    [Benchmark(Baseline = true, Description = "hand-written batch (synchronous)")]
    public int HandWrittenBatch()
    {
        var unique = new HashSet<int>(_keys);
        var values = new Dictionary<int, string>(unique.Count);
        foreach (int key in unique)
        {
            values[key] = Names.Of(key);
        }

        int length = 0;
        foreach (int key in _keys)
        {
            length += values[key].Length;
        }

        return length;
    }

    [Benchmark(Description = "BatchDataLoader (new per request)")]
    public async Task<int> DataLoader()
    {
        var loader = new InMemoryLoader();
        var pending = new IDataLoaderResult<string?>[_keys.Length];
        for (int i = 0; i < _keys.Length; i++)
        {
            pending[i] = loader.LoadAsync(_keys[i]);
        }

        int length = 0;
        foreach (IDataLoaderResult<string?> result in pending)
        {
            length += (await result.GetResultAsync().ConfigureAwait(false))!.Length;
        }

        return length;
    }
}
