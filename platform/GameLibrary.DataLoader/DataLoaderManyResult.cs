using GraphQL.DataLoader;

namespace GameLibrary.DataLoader;

/// <summary>The results of several loads, awaited in order; the first pending one dispatches their batch.</summary>
internal sealed class DataLoaderManyResult<TResult>(List<IDataLoaderResult<TResult>> items) : IDataLoaderResult<IReadOnlyList<TResult>>
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<TResult>> GetResultAsync(CancellationToken cancellationToken = default)
    {
        TResult[] results = new TResult[items.Count];
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = await items[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
        }

        return results;
    }

    /// <inheritdoc/>
    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
    {
        return await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
