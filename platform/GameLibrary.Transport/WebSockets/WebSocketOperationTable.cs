namespace GameLibrary.Transport.WebSockets;

/// <summary>
/// A connection's running operations by id. Nearly every connection runs one operation at a time (a dashboard's one
/// subscription), so the first is kept in a field and a dictionary is made only for more: a dictionary per connection,
/// with its buckets and entries, cost an idle subscription ~200 bytes. Not thread-safe: the session uses it under its lock.
/// </summary>
internal struct WebSocketOperationTable
{
    private WebSocketOperation? _single;
    private Dictionary<string, WebSocketOperation>? _more;

    /// <summary>Whether an operation with this id is running.</summary>
    public readonly bool Contains(string id) =>
        (_single is not null && string.Equals(_single.Id, id, StringComparison.Ordinal)) || (_more?.ContainsKey(id) ?? false);

    /// <summary>Adds an operation whose id is not running (see <see cref="Contains"/>).</summary>
    public void Add(WebSocketOperation operation)
    {
        if (_single is null)
        {
            _single = operation;
        }
        else
        {
            (_more ??= new Dictionary<string, WebSocketOperation>(StringComparer.Ordinal)).Add(operation.Id, operation);
        }
    }

    /// <summary>Removes the operation with this id, if one is running.</summary>
    public bool Remove(string id, out WebSocketOperation? operation)
    {
        if (_single is not null && string.Equals(_single.Id, id, StringComparison.Ordinal))
        {
            operation = _single;
            _single = null;
            return true;
        }

        operation = null;
        return _more is not null && _more.Remove(id, out operation);
    }

    /// <summary>Removes <paramref name="operation"/> if it is the one running under its id (not a newer one reusing the id).</summary>
    public bool Remove(WebSocketOperation operation)
    {
        if (_single == operation)
        {
            _single = null;
            return true;
        }

        return _more is not null && _more.TryGetValue(operation.Id, out WebSocketOperation? current) && current == operation && _more.Remove(operation.Id);
    }

    /// <summary>Runs <paramref name="action"/> on every running operation.</summary>
    public readonly void ForEach(Action<WebSocketOperation> action)
    {
        if (_single is not null)
        {
            action(_single);
        }

        if (_more is not null)
        {
            foreach (WebSocketOperation operation in _more.Values)
            {
                action(operation);
            }
        }
    }
}
