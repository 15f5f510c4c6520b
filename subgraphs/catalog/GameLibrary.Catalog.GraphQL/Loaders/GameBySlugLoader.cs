using GameLibrary.Catalog.Model;
using GameLibrary.Catalog.Queries;
using GameLibrary.DataLoader;

namespace GameLibrary.Catalog.GraphQL.Loaders;

/// <summary>Loads games by slug, one query per request step.</summary>
/// <param name="games">Reads the games.</param>
public sealed class GameBySlugLoader(GameQueries games) : BatchDataLoader<string, Game>
{
    /// <inheritdoc />
    protected override Task<IReadOnlyDictionary<string, Game>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        games.GetBySlugsAsync([.. keys], cancellationToken);
}
