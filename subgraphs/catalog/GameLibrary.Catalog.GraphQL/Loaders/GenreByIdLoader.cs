using GameLibrary.Catalog.Model;
using GameLibrary.Catalog.Queries;
using GameLibrary.DataLoader;

namespace GameLibrary.Catalog.GraphQL.Loaders;

/// <summary>Loads genres by id (entity resolution), one query per request step.</summary>
/// <param name="referenceData">Reads the genres.</param>
public sealed class GenreByIdLoader(ReferenceData referenceData) : BatchDataLoader<long, Genre>
{
    /// <inheritdoc />
    protected override Task<IReadOnlyDictionary<long, Genre>> FetchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken) =>
        referenceData.GetGenresByIdAsync([.. keys], cancellationToken);
}
