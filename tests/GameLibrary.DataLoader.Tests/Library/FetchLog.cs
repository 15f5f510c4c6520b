using System.Collections.Concurrent;

namespace GameLibrary.DataLoader.Tests.Library;

/// <summary>Every fetch made by the library's loaders, across requests.</summary>
public sealed class FetchLog
{
    private readonly ConcurrentQueue<(string Loader, int[] Keys)> _calls = new();

    public IReadOnlyList<(string Loader, int[] Keys)> Calls => [.. _calls];

    public void Record(string loader, IReadOnlyList<int> keys) => _calls.Enqueue((loader, [.. keys]));
}
