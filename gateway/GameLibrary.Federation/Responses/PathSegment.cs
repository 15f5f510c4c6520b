namespace GameLibrary.Federation.Responses;

/// <summary>A response path segment — a response key or a list index — without boxing the index.</summary>
internal readonly struct PathSegment
{
    public PathSegment(string key) => Key = key;

    public PathSegment(int index) => Index = index;

    /// <summary>The response key; null for a list index.</summary>
    public string? Key { get; }

    /// <summary>The list index (when <see cref="Key"/> is null).</summary>
    public int Index { get; }

    /// <summary>The segment as a <see cref="GatewayError"/> path element.</summary>
    public object Value => Key ?? (object)Index;
}
