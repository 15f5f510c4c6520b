using GameLibrary.Catalog.Model;
using GameLibrary.Catalog.Queries;
using GameLibrary.DataLoader;

namespace GameLibrary.Catalog.GraphQL.Loaders;

/// <summary>Loads the developers and publishers of many games in one query.</summary>
/// <param name="relations">Reads the links.</param>
public sealed class CompaniesByGameLoader(GameRelations relations) : GroupedDataLoader<GameCompanyKey, Company>
{
    /// <inheritdoc />
    protected override Task<ILookup<GameCompanyKey, Company>> FetchAsync(IReadOnlyList<GameCompanyKey> keys, CancellationToken cancellationToken) =>
        relations.GetCompaniesAsync([.. keys], cancellationToken);
}
