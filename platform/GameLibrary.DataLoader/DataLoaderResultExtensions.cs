using GraphQL.DataLoader;

namespace GameLibrary.DataLoader;

/// <summary>Transforms data loader results without giving up batching.</summary>
public static class DataLoaderResultExtensions
{
    /// <summary>
    /// Maps a pending result once it is loaded. Nothing is dispatched until the mapped result is awaited, so
    /// sibling fields returning mapped results still share one batch.
    /// </summary>
    /// <typeparam name="TSource">The loaded value.</typeparam>
    /// <typeparam name="TResult">The mapped value.</typeparam>
    /// <param name="source">The pending load.</param>
    /// <param name="map">Turns the loaded value into the result.</param>
    /// <returns>The mapped pending result.</returns>
    public static IDataLoaderResult<TResult> Then<TSource, TResult>(this IDataLoaderResult<TSource> source, Func<TSource, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        return new MappedDataLoaderResult<TSource, TResult>(source, map);
    }
}
