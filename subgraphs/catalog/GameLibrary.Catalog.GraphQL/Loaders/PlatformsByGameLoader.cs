using GameLibrary.Catalog.Model;
using GameLibrary.Catalog.Queries;
using GameLibrary.DataLoader;

namespace GameLibrary.Catalog.GraphQL.Loaders;

/// <summary>Loads the platforms of many games in one query.</summary>
/// <param name="relations">Reads the links.</param>
public sealed class PlatformsByGameLoader(GameRelations relations) : GroupedDataLoader<long, Platform>
{
    /// <inheritdoc />
    protected override Task<ILookup<long, Platform>> FetchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken) =>
        relations.GetPlatformsAsync([.. keys], cancellationToken);
}
