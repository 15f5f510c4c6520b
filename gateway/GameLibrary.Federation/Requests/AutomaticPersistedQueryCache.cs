namespace GameLibrary.Federation.Requests;

/// <summary>
/// The documents registered by automatic persisted queries (APQ): SHA-256 (lowercase hex) → text, least recently used
/// dropped first once the texts together exceed the capacity in characters. Only texts whose hash was verified and that
/// prepared (parsed, validated, within the limits) are added, so the cache holds nothing a client could not run anyway,
/// and its memory is bounded whatever clients send. Thread-safe.
/// </summary>
internal sealed class AutomaticPersistedQueryCache(long capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<KeyValuePair<string, string>>> _entries = new(StringComparer.Ordinal);

    // Most recently used first.
    private readonly LinkedList<KeyValuePair<string, string>> _order = new();
    private long _size;

    /// <summary>The documents held.</summary>
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

    /// <summary>The text registered under a hash (compared case-insensitively), or null.</summary>
    public string? Find(string hash)
    {
        string key = hash.ToLowerInvariant();
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return null;
            }

            _order.Remove(node);
            _order.AddFirst(node);
            return node.Value.Value;
        }
    }

    /// <summary>Registers a text under its verified hash; a text larger than the whole capacity is not kept.</summary>
    public void Add(string hash, string text)
    {
        if (text.Length > capacity)
        {
            return;
        }

        string key = hash.ToLowerInvariant();
        lock (_lock)
        {
            if (_entries.ContainsKey(key))
            {
                return;
            }

            _entries[key] = _order.AddFirst(new KeyValuePair<string, string>(key, text));
            _size += text.Length;
            while (_size > capacity && _order.Last is { } oldest)
            {
                _order.RemoveLast();
                _entries.Remove(oldest.Value.Key);
                _size -= oldest.Value.Value.Length;
            }
        }
    }
}
