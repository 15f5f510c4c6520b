using System.Collections.Concurrent;

namespace GameLibrary.Subgraph.Toolkit.Tests.Sample;

/// <summary>The sample subgraph's in-memory data: products 1–10 and the reviews added to them.</summary>
public sealed class ProductCatalog
{
    private readonly ConcurrentDictionary<int, Review> _reviews = new();
    private int _lastReviewId;

    public IReadOnlyDictionary<int, Product> Products { get; } = Enumerable.Range(1, 10).ToDictionary(
        id => id,
        id => new Product { Id = id, Name = $"Product {id}", Price = id * 10, CostPrice = id * 4 });

    public IReadOnlyList<Review> Reviews => [.. _reviews.Values.OrderBy(review => review.Id)];

    public Review AddReview(int productId, string body)
    {
        Review review = new(Interlocked.Increment(ref _lastReviewId), productId, body);
        _reviews[review.Id] = review;
        return review;
    }
}
