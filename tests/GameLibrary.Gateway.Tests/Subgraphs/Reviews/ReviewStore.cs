namespace GameLibrary.Gateway.Tests.Subgraphs.Reviews;

/// <summary>The reviews subgraph's data.</summary>
public sealed class ReviewStore
{
    public IReadOnlyList<Review> All { get; } =
    [
        new(1, 1, "Timeless"),
        new(2, 1, "Hard to master"),
        new(3, 2, "Beautiful"),
    ];
}
