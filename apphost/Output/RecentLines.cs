namespace GameLibrary.AppHost.Output;

/// <summary>The last lines a child wrote, kept to explain a failure; thread-safe.</summary>
/// <param name="capacity">How many lines are kept.</param>
internal sealed class RecentLines(int capacity)
{
    private readonly Queue<string> _lines = new(capacity);
    private readonly Lock _lock = new();

    /// <summary>Keeps <paramref name="line"/>, forgetting the oldest line when full.</summary>
    /// <param name="line">The line.</param>
    public void Add(string line)
    {
        lock (_lock)
        {
            if (_lines.Count == capacity)
            {
                _lines.Dequeue();
            }

            _lines.Enqueue(line);
        }
    }

    /// <summary>The kept lines, oldest first.</summary>
    public IReadOnlyList<string> Snapshot()
    {
        lock (_lock)
        {
            return [.. _lines];
        }
    }
}
