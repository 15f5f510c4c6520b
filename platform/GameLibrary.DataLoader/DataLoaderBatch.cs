namespace GameLibrary.DataLoader;

/// <summary>The per-key errors a running fetch reports for its batch.</summary>
internal sealed class DataLoaderBatch<TKey>(TKey[] keys, IEqualityComparer<TKey>? comparer)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private Dictionary<TKey, int>? _indexes;
    private Exception?[]? _errors;
    private bool _sealed;

    /// <summary>Records <paramref name="error"/> as the outcome of <paramref name="key"/>.</summary>
    internal void SetError(TKey key, Exception error)
    {
        lock (_gate)
        {
            if (_sealed)
            {
                throw new InvalidOperationException("The fetch of this batch has already completed.");
            }

            // Built on first use only: most batches report no per-key error.
            _indexes ??= BuildIndexes();
            if (!_indexes.TryGetValue(key, out int index))
            {
                throw new ArgumentException("The key is not part of the batch being fetched.", nameof(key));
            }

            (_errors ??= new Exception?[keys.Length])[index] = error;
        }
    }

    /// <summary>Ends error reporting and returns the errors by key index, or <see langword="null"/> when there are none.</summary>
    internal Exception?[]? Seal()
    {
        lock (_gate)
        {
            _sealed = true;
            return _errors;
        }
    }

    private Dictionary<TKey, int> BuildIndexes()
    {
        Dictionary<TKey, int> indexes = new(keys.Length, comparer);
        for (int i = 0; i < keys.Length; i++)
        {
            indexes.Add(keys[i], i);
        }

        return indexes;
    }
}
