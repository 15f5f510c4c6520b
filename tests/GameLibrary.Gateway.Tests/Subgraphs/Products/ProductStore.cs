using System.Collections.Concurrent;

namespace GameLibrary.Gateway.Tests.Subgraphs.Products;

/// <summary>The products subgraph's data: products 1–3.</summary>
public sealed class ProductStore
{
    private readonly ConcurrentDictionary<int, Product> _products = new(new Dictionary<int, Product>
    {
        [1] = new() { Id = 1, Name = "Chess", Price = 10 },
        [2] = new() { Id = 2, Name = "Go", Price = 20 },
        [3] = new() { Id = 3, Name = "Shogi", Price = 30 },
    });

    public IReadOnlyList<Product> All => [.. _products.Values.OrderBy(product => product.Id)];

    public Product? Find(int id) => _products.GetValueOrDefault(id);

    public Product? Rename(int id, string name)
    {
        if (Find(id) is not { } product)
        {
            return null;
        }

        Product renamed = new() { Id = id, Name = name, Price = product.Price };
        _products[id] = renamed;
        return renamed;
    }
}
