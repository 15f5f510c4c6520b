using GameLibrary.Federation.Responses;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// A response path kept as a chain of segments, each pointing at its parent: the objects of one list share their
/// prefix, so walking the data to an entity costs one small object per step instead of a copied array of boxed
/// segments per entity. It becomes a <see cref="GatewayError"/> path only when an error needs one.
/// </summary>
internal sealed class ResponsePath
{
    private readonly ResponsePath? _parent;
    private readonly PathSegment _segment;

    private ResponsePath(ResponsePath? parent, PathSegment segment, int length)
    {
        _parent = parent;
        _segment = segment;
        Length = length;
    }

    /// <summary>The empty path (the root of the data).</summary>
    public static ResponsePath Root { get; } = new(null, default, 0);

    /// <summary>The number of segments.</summary>
    public int Length { get; }

    /// <summary>This path followed by a response key.</summary>
    public ResponsePath Append(string key) => new(this, new PathSegment(key), Length + 1);

    /// <summary>This path followed by a list index.</summary>
    public ResponsePath Append(int index) => new(this, new PathSegment(index), Length + 1);

    /// <summary>The segments (keys and boxed indexes) followed by <paramref name="rest"/>, as an error path.</summary>
    public object[] ToArray(IReadOnlyList<object> rest)
    {
        var path = new object[Length + rest.Count];
        var step = this;
        for (var i = Length - 1; i >= 0; i--)
        {
            path[i] = step!._segment.Value;
            step = step._parent;
        }

        for (var i = 0; i < rest.Count; i++)
        {
            path[Length + i] = rest[i];
        }

        return path;
    }
}
