using GameLibrary.Transport.Tests.Support;
using GameLibrary.Transport.WebSockets;

namespace GameLibrary.Transport.Tests;

/// <summary>
/// A connection's operation table keeps its first operation without a dictionary; with more operations, ids reused
/// after a <c>complete</c>, and an operation removing itself after a newer one took its id, it behaves as a map by id.
/// </summary>
public sealed class WebSocketOperationTableTests : IDisposable
{
    // The session only sends the operations' events: none is running it.
    private readonly UnconnectedWebSocketSession _session = new();

    public void Dispose() => _session.Dispose();

    [Fact]
    public void SeveralOperations_AreFoundAndRemovedById()
    {
        WebSocketOperationTable table = default;
        using WebSocketOperation first = new("a", _session.Session);
        using WebSocketOperation second = new("b", _session.Session);
        using WebSocketOperation third = new("c", _session.Session);
        table.Add(first);
        table.Add(second);
        table.Add(third);

        Assert.True(table.Contains("a") && table.Contains("b") && table.Contains("c"));
        Assert.False(table.Contains("A"));
        Assert.True(table.Remove("b", out WebSocketOperation? removed));
        Assert.Same(second, removed);
        Assert.False(table.Contains("b"));
        Assert.False(table.Remove("b", out _));
        Assert.Equal(["a", "c"], Ids(table));
    }

    [Fact]
    public void AnOperationThatEnds_DoesNotRemoveANewerOneWithItsId()
    {
        // The client completed "a" and subscribed again with the same id before the first one noticed.
        WebSocketOperationTable table = default;
        using WebSocketOperation old = new("a", _session.Session);
        using WebSocketOperation other = new("b", _session.Session);
        using WebSocketOperation newer = new("a", _session.Session);
        table.Add(old);
        table.Add(other);
        Assert.True(table.Remove("a", out _));
        table.Add(newer);

        Assert.False(table.Remove(old));
        Assert.True(table.Contains("a"));
        Assert.True(table.Remove(newer));
        Assert.True(table.Remove(other));
        Assert.Empty(Ids(table));
    }

    private static List<string> Ids(WebSocketOperationTable table)
    {
        List<string> ids = [];
        table.ForEach(operation => ids.Add(operation.Id));
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }
}
