using GraphQL.DataLoader;

namespace GameLibrary.DataLoader;

/// <summary>
/// A data loader result transformed once loaded, so a field can return part of a batched value and still be
/// batched (GraphQL.NET's own <c>Then</c> lives in the GraphQL.DataLoader package, which is not served here).
/// </summary>
/// <typeparam name="TSource">The loaded value.</typeparam>
/// <typeparam name="TResult">What the field returns.</typeparam>
/// <param name="source">The pending load.</param>
/// <param name="map">Turns the loaded value into the field's value.</param>
internal sealed class MappedDataLoaderResult<TSource, TResult>(IDataLoaderResult<TSource> source, Func<TSource, TResult> map)
    : IDataLoaderResult<TResult>
{
    public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
        map(await source.GetResultAsync(cancellationToken).ConfigureAwait(false));

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
