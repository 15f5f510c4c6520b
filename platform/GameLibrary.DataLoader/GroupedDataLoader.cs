namespace GameLibrary.DataLoader;

/// <summary>
/// Loads the values grouped under each key (one key to many values), fetching the keys queued by many callers in one
/// <see cref="FetchAsync"/> call. A key absent from the fetched lookup resolves to an empty list.
/// </summary>
/// <remarks>See <see cref="DataLoaderBase{TKey, TResult}"/> for batching, caching, error and threading semantics.</remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, IReadOnlyList<TValue>>
    where TKey : notnull
{
    /// <summary>Creates the loader.</summary>
    /// <param name="options">Batching and caching options; <see langword="null"/> uses the defaults.</param>
    protected GroupedDataLoader(DataLoaderOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Fetches the values of one batch of distinct keys.</summary>
    /// <param name="keys">The distinct keys, in the order they were first loaded; at most <see cref="DataLoaderOptions.MaxBatchSize"/>.</param>
    /// <param name="cancellationToken">The token of the call that dispatched the batch.</param>
    /// <returns>The found values grouped by key; looked up with the lookup's own comparer.</returns>
    protected abstract Task<ILookup<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <inheritdoc/>
    private protected sealed override async Task FetchIntoAsync(TKey[] keys, IReadOnlyList<TValue>[] results, CancellationToken cancellationToken)
    {
        ILookup<TKey, TValue> lookup = await FetchAsync(keys, cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < keys.Length; i++)
        {
            // LINQ's Lookup answers a missing key with an empty array; its groupings are not IReadOnlyList but are
            // collections, which ToArray copies in one allocation.
            IEnumerable<TValue> values = lookup[keys[i]];
            results[i] = values as IReadOnlyList<TValue> ?? values.ToArray();
        }
    }
}
