using System.Collections.Concurrent;

namespace GameLibrary.Subgraph.Toolkit.Tests.Sample;

/// <summary>Every batch of ids <see cref="ProductLoader"/> fetched, in order.</summary>
public sealed class ProductLoaderLog
{
    private readonly ConcurrentQueue<IReadOnlyList<int>> _fetches = new();

    public IReadOnlyList<IReadOnlyList<int>> Fetches => [.. _fetches];

    public void Record(IReadOnlyList<int> ids) => _fetches.Enqueue([.. ids]);
}
