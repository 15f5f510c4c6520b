namespace GameLibrary.DataLoader;

/// <summary>
/// Loads one value per key, fetching the keys queued by many callers in one <see cref="FetchAsync"/> call.
/// A key absent from the fetched dictionary resolves to <see langword="default"/> (<see langword="null"/>).
/// </summary>
/// <remarks>See <see cref="DataLoaderBase{TKey, TResult}"/> for batching, caching, error and threading semantics.</remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    /// <summary>Creates the loader.</summary>
    /// <param name="options">Batching and caching options; <see langword="null"/> uses the defaults.</param>
    protected BatchDataLoader(DataLoaderOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Fetches the values of one batch of distinct keys.</summary>
    /// <param name="keys">The distinct keys, in the order they were first loaded; at most <see cref="DataLoaderOptions.MaxBatchSize"/>.</param>
    /// <param name="cancellationToken">The token of the call that dispatched the batch.</param>
    /// <returns>The found values by key; looked up with the dictionary's own comparer.</returns>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <inheritdoc/>
    private protected sealed override async Task FetchIntoAsync(TKey[] keys, TValue?[] results, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<TKey, TValue> values = await FetchAsync(keys, cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < keys.Length; i++)
        {
            results[i] = values.TryGetValue(keys[i], out TValue? value) ? value : default;
        }
    }
}
