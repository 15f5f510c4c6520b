using GameLibrary.Catalog.Model;
using GameLibrary.Catalog.Queries;
using GameLibrary.DataLoader;

namespace GameLibrary.Catalog.GraphQL.Loaders;

/// <summary>Loads games by id, one query per request step.</summary>
/// <param name="games">Reads the games.</param>
public sealed class GameByIdLoader(GameQueries games) : BatchDataLoader<long, Game>
{
    /// <inheritdoc />
    protected override Task<IReadOnlyDictionary<long, Game>> FetchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken) =>
        games.GetByIdsAsync([.. keys], cancellationToken);
}
