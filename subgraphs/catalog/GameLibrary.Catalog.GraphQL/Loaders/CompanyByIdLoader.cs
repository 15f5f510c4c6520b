using GameLibrary.Catalog.Model;
using GameLibrary.Catalog.Queries;
using GameLibrary.DataLoader;

namespace GameLibrary.Catalog.GraphQL.Loaders;

/// <summary>Loads companies by id (entity resolution), one query per request step.</summary>
/// <param name="referenceData">Reads the companies.</param>
public sealed class CompanyByIdLoader(ReferenceData referenceData) : BatchDataLoader<long, Company>
{
    /// <inheritdoc />
    protected override Task<IReadOnlyDictionary<long, Company>> FetchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken) =>
        referenceData.GetCompaniesByIdAsync([.. keys], cancellationToken);
}
