namespace GameLibrary.Federation.Requests;

/// <summary>
/// A bounded, thread-safe least-recently-used cache of prepared documents keyed by query text. The lock is
/// held only for dictionary and list updates; parsing and validation run outside it.
/// </summary>
internal sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<PreparedDocument>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<PreparedDocument> _recency = new();
    private readonly Lock _lock = new();

    public DocumentCache(int capacity) => _capacity = Math.Max(1, capacity);

    /// <summary>How many documents are cached.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Looks a document up and marks it recently used.</summary>
    public bool TryGet(string query, out PreparedDocument document)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(query, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value;
                return true;
            }
        }

        document = null!;
        return false;
    }

    /// <summary>Adds a document, evicting the least recently used one when full. A concurrent duplicate keeps the first.</summary>
    public void Add(PreparedDocument document)
    {
        lock (_lock)
        {
            if (_entries.ContainsKey(document.Source))
            {
                return;
            }

            if (_entries.Count >= _capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Source);
            }

            _entries[document.Source] = _recency.AddFirst(document);
        }
    }
}
