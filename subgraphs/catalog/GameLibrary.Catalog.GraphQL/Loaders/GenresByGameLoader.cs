using GameLibrary.Catalog.Model;
using GameLibrary.Catalog.Queries;
using GameLibrary.DataLoader;

namespace GameLibrary.Catalog.GraphQL.Loaders;

/// <summary>Loads the genres of many games in one query.</summary>
/// <param name="relations">Reads the links.</param>
public sealed class GenresByGameLoader(GameRelations relations) : GroupedDataLoader<long, Genre>
{
    /// <inheritdoc />
    protected override Task<ILookup<long, Genre>> FetchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken) =>
        relations.GetGenresAsync([.. keys], cancellationToken);
}
