using System.Runtime.InteropServices;

using GraphQL.DataLoader;

namespace GameLibrary.DataLoader;

/// <summary>
/// The batching, de-duplicating and caching core of <see cref="BatchDataLoader{TKey, TValue}"/> and
/// <see cref="GroupedDataLoader{TKey, TValue}"/>.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="LoadAsync(TKey)"/> only queues a key. The first <see cref="IDataLoaderResult{T}.GetResultAsync"/> on a
/// queued result dispatches the whole queue — de-duplicated, in first-load order — as one batch; keys loaded after that
/// form the next batch. GraphQL.NET resolves every field of an execution step before awaiting any
/// <see cref="IDataLoaderResult"/>, so sibling fields share one fetch.
/// </para>
/// <para>
/// All members are thread-safe. The fetch runs with the cancellation token of the call that dispatched it, without any
/// lock held. A fetch that throws fails every key of its batch; <see cref="SetError(TKey, Exception)"/> fails one key.
/// Failed keys are evicted from the cache, so loading them again fetches them again.
/// </para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TResult">What one key resolves to.</typeparam>
public abstract class DataLoaderBase<TKey, TResult>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly int _maxBatchSize;
    private readonly bool _cacheResults;
    private readonly IEqualityComparer<TKey>? _comparer;

    // The entries a load can join: every cached entry when caching, otherwise only the queued ones.
    private readonly Dictionary<TKey, DataLoaderEntry<TKey, TResult>> _entries;

    // Which batch SetError reports to: it flows into FetchAsync and everything FetchAsync awaits.
    private readonly AsyncLocal<DataLoaderBatch<TKey>?> _currentBatch = new();

    private List<DataLoaderEntry<TKey, TResult>> _queue = [];

    // Entries created in the current generation are queued; dispatching starts a new generation.
    private long _generation;

    private protected DataLoaderBase(DataLoaderOptions? options)
    {
        options ??= new DataLoaderOptions();
        _maxBatchSize = options.MaxBatchSize;
        _cacheResults = options.CacheResults;
        _comparer = options.KeyComparer switch
        {
            null => null,
            IEqualityComparer<TKey> typed => typed,
            _ => throw new ArgumentException(
                $"{nameof(DataLoaderOptions.KeyComparer)} must implement IEqualityComparer<{typeof(TKey).Name}>.",
                nameof(options)),
        };
        _entries = new Dictionary<TKey, DataLoaderEntry<TKey, TResult>>(_comparer);
    }

    /// <summary>
    /// Queues <paramref name="key"/> for the next batch, or joins its cached or already queued result.
    /// Return the result from a GraphQL.NET resolver; awaiting it dispatches the batch.
    /// </summary>
    /// <param name="key">The key to load.</param>
    /// <returns>The pending result; the same instance for every load of a cached key.</returns>
    public IDataLoaderResult<TResult> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            ref DataLoaderEntry<TKey, TResult>? entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_entries, key, out bool exists);
            if (!exists)
            {
                entry = new DataLoaderEntry<TKey, TResult>(this, key, _generation);
                _queue.Add(entry);
            }

            return entry!;
        }
    }

    /// <summary>Queues every key like <see cref="LoadAsync(TKey)"/> and resolves to their results, in order.</summary>
    /// <param name="keys">The keys to load; duplicates are fetched once.</param>
    /// <returns>The pending results, one per key.</returns>
    public IDataLoaderResult<IReadOnlyList<TResult>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        List<IDataLoaderResult<TResult>> results = keys.TryGetNonEnumeratedCount(out int count) ? new(count) : [];
        foreach (TKey key in keys)
        {
            results.Add(LoadAsync(key));
        }

        return new DataLoaderManyResult<TResult>(results);
    }

    /// <summary>Loads <paramref name="key"/> and dispatches at once; for callers outside GraphQL execution.</summary>
    /// <param name="key">The key to load.</param>
    /// <param name="cancellationToken">Stops the wait and, if this call dispatches, the fetch.</param>
    /// <returns>What the key resolves to.</returns>
    public Task<TResult> LoadValueAsync(TKey key, CancellationToken cancellationToken = default)
    {
        return LoadAsync(key).GetResultAsync(cancellationToken);
    }

    /// <summary>
    /// Fails <paramref name="key"/> with <paramref name="error"/> while the other keys of the batch succeed.
    /// Call it only from within the running <c>FetchAsync</c>, before its task completes; the error wins over a
    /// value returned for the same key.
    /// </summary>
    /// <param name="key">A key of the batch being fetched.</param>
    /// <param name="error">What awaiting the key's result throws.</param>
    /// <exception cref="InvalidOperationException">No fetch of this loader is running in the calling context.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not part of the batch being fetched.</exception>
    protected void SetError(TKey key, Exception error)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(error);
        DataLoaderBatch<TKey> batch = _currentBatch.Value
            ?? throw new InvalidOperationException($"{nameof(SetError)} can only be called while FetchAsync runs.");
        batch.SetError(key, error);
    }

    /// <summary>Fetches <paramref name="keys"/> and writes each key's result to the same index of <paramref name="results"/>.</summary>
    private protected abstract Task FetchIntoAsync(TKey[] keys, TResult[] results, CancellationToken cancellationToken);

    /// <summary>Dispatches the queue holding <paramref name="entry"/>, unless an earlier call already did.</summary>
    internal void Dispatch(DataLoaderEntry<TKey, TResult> entry, CancellationToken cancellationToken)
    {
        List<DataLoaderEntry<TKey, TResult>> batch;
        lock (_gate)
        {
            if (entry.Generation != _generation)
            {
                return;
            }

            batch = _queue;
            _queue = [];
            _generation++;
            if (!_cacheResults)
            {
                _entries.Clear();
            }
        }

        // RunAsync completes every entry itself and never throws, so nothing awaits its task.
        _ = RunAsync(batch, cancellationToken);
    }

    private async Task RunAsync(List<DataLoaderEntry<TKey, TResult>> entries, CancellationToken cancellationToken)
    {
        // Chunks go one after another: loaders often share one scoped DbContext, which rejects concurrent queries.
        for (int start = 0; start < entries.Count; start += _maxBatchSize)
        {
            int count = Math.Min(_maxBatchSize, entries.Count - start);
            TKey[] keys = new TKey[count];
            for (int i = 0; i < count; i++)
            {
                keys[i] = entries[start + i].Key;
            }

            TResult[] results = new TResult[count];
            DataLoaderBatch<TKey> batch = new(keys, _comparer);
            Exception? failure = null;
            if (cancellationToken.IsCancellationRequested)
            {
                failure = new OperationCanceledException(cancellationToken);
            }
            else
            {
                _currentBatch.Value = batch;
                try
                {
                    await FetchIntoAsync(keys, results, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
                finally
                {
                    _currentBatch.Value = null;
                }
            }

            Complete(entries, start, results, batch.Seal(), failure, cancellationToken);
        }
    }

    private void Complete(
        List<DataLoaderEntry<TKey, TResult>> entries,
        int start,
        TResult[] results,
        Exception?[]? errors,
        Exception? failure,
        CancellationToken cancellationToken)
    {
        int count = results.Length;
        if (failure is not null || errors is not null)
        {
            // Evict before completing, so a continuation that loads the key again fetches it again.
            lock (_gate)
            {
                for (int i = 0; i < count; i++)
                {
                    if (failure is not null || errors![i] is not null)
                    {
                        Evict(entries[start + i]);
                    }
                }
            }
        }

        bool canceled = failure is OperationCanceledException && cancellationToken.IsCancellationRequested;
        for (int i = 0; i < count; i++)
        {
            DataLoaderEntry<TKey, TResult> entry = entries[start + i];
            Exception? error = failure ?? errors?[i];
            if (error is null)
            {
                entry.TrySetResult(results[i]);
            }
            else if (canceled)
            {
                entry.TrySetCanceled(cancellationToken);
            }
            else
            {
                entry.TrySetException(error);
            }
        }
    }

    private void Evict(DataLoaderEntry<TKey, TResult> entry)
    {
        // A newer entry for the same key (possible when not caching) must stay.
        if (_entries.TryGetValue(entry.Key, out DataLoaderEntry<TKey, TResult>? current) && ReferenceEquals(current, entry))
        {
            _entries.Remove(entry.Key);
        }
    }
}
