namespace GameLibrary.Federation.Execution;

/// <summary>
/// What makes two subgraph requests identical: subgraph, operation text and name, variables and propagated
/// headers (not the trace context: the shared request carries the first caller's). The operation text is held by
/// reference (plans are cached, so identical fetches share one string);
/// the variables are held as their UTF-8 JSON (the bytes the request sends); the hash is computed once and equality checks every part, so a
/// hash collision can never share an answer between different requests.
/// </summary>
internal sealed class SubgraphRequestKey : IEquatable<SubgraphRequestKey>
{
    private readonly string _subgraph;
    private readonly string _query;
    private readonly string? _operationName;
    private readonly ReadOnlyMemory<byte> _variables;
    private readonly KeyValuePair<string, string>[] _headers;
    private readonly int _hash;

    public SubgraphRequestKey(string subgraph, SubgraphRequest request, IReadOnlyDictionary<string, string> headers)
    {
        _subgraph = subgraph;
        _query = request.Query;
        _operationName = request.OperationName;
        _variables = request.VariablesJson;

        // Header names are case-insensitive: order them so the same headers in any order give the same key.
        _headers = [.. headers];
        Array.Sort(_headers, static (a, b) => StringComparer.OrdinalIgnoreCase.Compare(a.Key, b.Key));

        var hash = new HashCode();
        hash.Add(subgraph, StringComparer.Ordinal);
        hash.Add(_query, StringComparer.Ordinal);
        hash.Add(_operationName, StringComparer.Ordinal);
        hash.AddBytes(_variables.Span);
        foreach (var (name, value) in _headers)
        {
            hash.Add(name, StringComparer.OrdinalIgnoreCase);
            hash.Add(value, StringComparer.Ordinal);
        }

        _hash = hash.ToHashCode();
    }

    /// <inheritdoc />
    public bool Equals(SubgraphRequestKey? other)
    {
        if (other is null || other._hash != _hash || other._headers.Length != _headers.Length)
        {
            return false;
        }

        if (!string.Equals(other._subgraph, _subgraph, StringComparison.Ordinal)
            || !string.Equals(other._query, _query, StringComparison.Ordinal)
            || !string.Equals(other._operationName, _operationName, StringComparison.Ordinal)
            || !other._variables.Span.SequenceEqual(_variables.Span))
        {
            return false;
        }

        for (var i = 0; i < _headers.Length; i++)
        {
            if (!string.Equals(other._headers[i].Key, _headers[i].Key, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(other._headers[i].Value, _headers[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SubgraphRequestKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;
}
