using GameLibrary.DataLoader;

namespace GameLibrary.Subgraph.Toolkit.Tests.Sample;

public sealed class ProductLoader(ProductCatalog catalog, ProductLoaderLog log) : BatchDataLoader<int, Product>
{
    protected override Task<IReadOnlyDictionary<int, Product>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        log.Record(keys);
        IReadOnlyDictionary<int, Product> found = keys
            .Where(catalog.Products.ContainsKey)
            .ToDictionary(id => id, id => catalog.Products[id]);
        return Task.FromResult(found);
    }
}
