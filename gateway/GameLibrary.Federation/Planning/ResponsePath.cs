namespace GameLibrary.Federation.Planning;

/// <summary>An immutable response path of the planner (response keys, <c>@</c> for list items).</summary>
internal sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, string? segment)
    {
        Parent = parent;
        Segment = segment;
        Key = parent is null ? string.Empty : parent.Parent is null ? segment! : parent.Key + "." + segment;
    }

    /// <summary>The root of the data.</summary>
    public static ResponsePath Root { get; } = new(null, null);

    /// <summary>The parent path, null at the root.</summary>
    public ResponsePath? Parent { get; }

    /// <summary>The last segment, null at the root.</summary>
    public string? Segment { get; }

    /// <summary>The path as <c>a.@.b</c> (empty at the root).</summary>
    public string Key { get; }

    /// <summary>This path plus one segment.</summary>
    public ResponsePath Append(string segment) => new(this, segment);

    /// <summary>This path plus a response key and one <c>@</c> per list wrapper of the field's type.</summary>
    public ResponsePath Append(string responseKey, int listDepth)
    {
        var path = Append(responseKey);
        for (var i = 0; i < listDepth; i++)
        {
            path = path.Append("@");
        }

        return path;
    }

    /// <summary>The segments from the root.</summary>
    public IReadOnlyList<string> ToList()
    {
        var segments = new List<string>();
        for (var path = this; path.Segment is not null; path = path.Parent!)
        {
            segments.Add(path.Segment);
        }

        segments.Reverse();
        return segments;
    }

    /// <inheritdoc />
    public override string ToString() => Key;
}
