using System.Collections;

namespace GameLibrary.DataLoader;

/// <summary>Tunes how a <see cref="DataLoaderBase{TKey, TResult}"/> batches and caches.</summary>
public sealed class DataLoaderOptions
{
    /// <summary>
    /// The most keys handed to one <c>FetchAsync</c> call; a larger dispatch is split into several calls,
    /// made one after another. Defaults to 1000.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxBatchSize
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 1000;

    /// <summary>
    /// Whether a loaded key is answered from the loader instance's cache on later loads instead of being fetched again.
    /// Defaults to <see langword="true"/>. The cache lives as long as the loader, so a loader registered as a scoped
    /// service caches per request. Failed keys are never cached.
    /// </summary>
    public bool CacheResults { get; init; } = true;

    /// <summary>
    /// Compares keys for de-duplication and caching; <see langword="null"/> uses the key type's default equality.
    /// It must also implement <see cref="IEqualityComparer{T}"/> of the loader's key type (as <see cref="StringComparer"/> does).
    /// </summary>
    public IEqualityComparer? KeyComparer { get; init; }
}
