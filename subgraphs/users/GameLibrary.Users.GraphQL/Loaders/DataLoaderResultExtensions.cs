using GraphQL.DataLoader;

namespace GameLibrary.Users.GraphQL.Loaders;

/// <summary>Transforms data loader results.</summary>
internal static class DataLoaderResultExtensions
{
    public static IDataLoaderResult<TResult> Then<TSource, TResult>(this IDataLoaderResult<TSource> source, Func<TSource, TResult> map) =>
        new MappedDataLoaderResult<TSource, TResult>(source, map);
}
