using GameLibrary.Catalog.Model;
using GameLibrary.Catalog.Queries;
using GameLibrary.DataLoader;

namespace GameLibrary.Catalog.GraphQL.Loaders;

/// <summary>Loads platforms by id (entity resolution), one query per request step.</summary>
/// <param name="referenceData">Reads the platforms.</param>
public sealed class PlatformByIdLoader(ReferenceData referenceData) : BatchDataLoader<long, Platform>
{
    /// <inheritdoc />
    protected override Task<IReadOnlyDictionary<long, Platform>> FetchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken) =>
        referenceData.GetPlatformsByIdAsync([.. keys], cancellationToken);
}
