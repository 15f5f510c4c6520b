using System.Collections.Concurrent;

namespace GameLibrary.DataLoader.Tests.Support;

/// <summary>Resolves key k to "value-k", records every fetch, and lets a test hook into the fetch.</summary>
public sealed class RecordingBatchLoader<TKey>(DataLoaderOptions? options = null) : BatchDataLoader<TKey, string>(options)
    where TKey : notnull
{
    private readonly ConcurrentQueue<TKey[]> _calls = new();

    /// <summary>The keys of each fetch, in call order.</summary>
    public IReadOnlyList<TKey[]> Calls => [.. _calls];

    /// <summary>Runs inside the fetch before values are produced: to block, throw or report per-key errors.</summary>
    public Func<IReadOnlyList<TKey>, CancellationToken, Task>? OnFetch { get; init; }

    /// <summary>Which keys the backing store holds; the others are absent from the fetch result.</summary>
    public Func<TKey, bool> Exists { get; init; } = static _ => true;

    public static string ValueOf(TKey key) => $"value-{key}";

    public void ReportError(TKey key, Exception error) => SetError(key, error);

    protected override async Task<IReadOnlyDictionary<TKey, string>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        _calls.Enqueue([.. keys]);
        if (OnFetch is not null)
        {
            await OnFetch(keys, cancellationToken);
        }

        Dictionary<TKey, string> values = [];
        foreach (TKey key in keys)
        {
            if (Exists(key))
            {
                values[key] = ValueOf(key);
            }
        }

        return values;
    }
}
