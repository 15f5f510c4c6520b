namespace GameLibrary.Federation.Responses;

/// <summary>
/// The response paths of errors as a trie, answering "is there an error at this path or below it" in
/// time proportional to the path's length, however many errors there are (a subgraph can fail every
/// item of a long list).
/// </summary>
internal sealed class ErrorPathIndex
{
    private readonly Node _root = new();

    // A subgraph that refuses a whole request (a validation error, say) answers errors without a path and no data.
    private bool _hasErrorWithoutPath;

    /// <summary>Adds the path of an error; an error without a path is remembered as one.</summary>
    public void Add(IReadOnlyList<object>? path)
    {
        if (path is null)
        {
            _hasErrorWithoutPath = true;
            return;
        }

        var node = _root;
        foreach (var segment in path)
        {
            node = segment switch
            {
                int index => node.Child(index),
                long index and >= int.MinValue and <= int.MaxValue => node.Child((int)index),
                _ => node.Child(segment.ToString() ?? string.Empty),
            };
        }
    }

    /// <summary>
    /// Whether an indexed error's path starts with the given path. A root field (a path of one segment) is also
    /// explained by an error without a path: only a root fetch's refused request nulls a root field that way.
    /// </summary>
    public bool HasAtOrBelow(IReadOnlyList<PathSegment> path)
    {
        if (path.Count == 1 && _hasErrorWithoutPath)
        {
            return true;
        }

        var node = _root;
        foreach (var segment in path)
        {
            node = segment.Key is { } key ? node.Find(key) : node.Find(segment.Index);
            if (node is null)
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Node
    {
        private Dictionary<string, Node>? _keys;
        private Dictionary<int, Node>? _indexes;

        public Node Child(string key)
        {
            _keys ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!_keys.TryGetValue(key, out var child))
            {
                _keys[key] = child = new Node();
            }

            return child;
        }

        public Node Child(int index)
        {
            _indexes ??= [];
            if (!_indexes.TryGetValue(index, out var child))
            {
                _indexes[index] = child = new Node();
            }

            return child;
        }

        public Node? Find(string key) => _keys?.GetValueOrDefault(key);

        public Node? Find(int index) => _indexes?.GetValueOrDefault(index);
    }
}
