using GraphQL.DataLoader;

namespace GameLibrary.DataLoader;

/// <summary>
/// One key's pending result: at once the queue item, the cache item and the <see cref="IDataLoaderResult{T}"/> handed
/// to every caller, so a load allocates nothing else.
/// </summary>
internal sealed class DataLoaderEntry<TKey, TResult> : TaskCompletionSource<TResult>, IDataLoaderResult<TResult>
    where TKey : notnull
{
    private readonly DataLoaderBase<TKey, TResult> _owner;
    private Task<object?>? _boxed;

    // Continuations run asynchronously so that completing a batch never runs resolvers inside the completion loop.
    internal DataLoaderEntry(DataLoaderBase<TKey, TResult> owner, TKey key, long generation)
        : base(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        _owner = owner;
        Key = key;
        Generation = generation;
    }

    internal TKey Key { get; }

    internal long Generation { get; }

    /// <inheritdoc/>
    public Task<TResult> GetResultAsync(CancellationToken cancellationToken = default)
    {
        Task<TResult> task = Task;
        if (task.IsCompleted)
        {
            return task;
        }

        // A caller that has already given up must not dispatch (and so cancel) the batch for the others.
        if (cancellationToken.IsCancellationRequested)
        {
            return System.Threading.Tasks.Task.FromCanceled<TResult>(cancellationToken);
        }

        _owner.Dispatch(this, cancellationToken);
        return cancellationToken.CanBeCanceled ? task.WaitAsync(cancellationToken) : task;
    }

    /// <inheritdoc/>
    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
    {
        // GraphQL.NET awaits this non-generic overload; every later load of a cached key reuses one boxed task.
        Task<TResult> task = GetResultAsync(cancellationToken);
        return task.IsCompletedSuccessfully ? _boxed ??= System.Threading.Tasks.Task.FromResult<object?>(task.Result) : AwaitBoxedAsync(task);
    }

    private static async Task<object?> AwaitBoxedAsync(Task<TResult> task)
    {
        return await task.ConfigureAwait(false);
    }
}
