using GameLibrary.DataLoader;

using GraphQL.Federation;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Subgraph.Toolkit.Federation;

/// <summary>Resolves federation entity references through a batching data loader.</summary>
public static class BatchedReferenceResolverExtensions
{
    /// <summary>
    /// Resolves the representations of <typeparamref name="TEntity"/> in <c>_entities</c> through the request's
    /// <typeparamref name="TLoader"/>, so all representations of the type in one request are fetched by one
    /// <c>FetchAsync</c> call with de-duplicated keys. A key the loader does not find resolves to <see langword="null"/>.
    /// </summary>
    /// <remarks>
    /// Each representation is first deserialized into a <typeparamref name="TEntity"/> holding just the key fields
    /// (GraphQL.NET's federation support requires a public parameterless constructor and settable key properties).
    /// <typeparamref name="TLoader"/> is taken from the request's services; register it with
    /// <see cref="DataLoaderServiceCollectionExtensions.AddDataLoader{TLoader}"/>.
    /// </remarks>
    /// <typeparam name="TEntity">The entity's CLR type.</typeparam>
    /// <typeparam name="TKey">The key the loader fetches by.</typeparam>
    /// <typeparam name="TLoader">The loader of the entity.</typeparam>
    /// <param name="graphType">The entity's object type, which declares its <c>@key</c>.</param>
    /// <param name="keySelector">Reads the loader key from a representation.</param>
    public static void ResolveReferenceBatched<TEntity, TKey, TLoader>(
        this ObjectGraphType<TEntity> graphType,
        Func<TEntity, TKey> keySelector)
        where TKey : notnull
        where TLoader : BatchDataLoader<TKey, TEntity>
    {
        ArgumentNullException.ThrowIfNull(graphType);
        ArgumentNullException.ThrowIfNull(keySelector);
        graphType.ResolveReference<TEntity>((context, representation) =>
        {
            IServiceProvider services = context.RequestServices
                ?? throw new InvalidOperationException("Entity references are resolved only within a request.");
            return services.GetRequiredService<TLoader>().LoadAsync(keySelector(representation));
        });
    }
}
