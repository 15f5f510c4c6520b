namespace GameLibrary.Federation.Execution;

/// <summary>
/// The response paths of objects of the data, found when an error needs them: objects of the result store know no
/// parent, so the first question walks the data once and remembers where each object and list is (an error is rare,
/// and a failed fetch asks for hundreds of paths at once). The data is keyed by response keys and an object stays
/// where it is while results merge into it, so its place in the data is its path. Made and used under the data lock.
/// </summary>
internal sealed class ResponsePath(ResultObject root)
{
    private Dictionary<object, (object Parent, object Segment)>? _parents;

    /// <summary>The path of <paramref name="target"/> from the root followed by <paramref name="rest"/>, as an error path.</summary>
    public object[] Of(ResultObject target, IReadOnlyList<object> rest)
    {
        if (_parents is null)
        {
            _parents = new Dictionary<object, (object, object)>(ReferenceEqualityComparer.Instance);
            Index(root);
        }

        var length = 0;
        for (object step = target; _parents.TryGetValue(step, out var up); step = up.Parent)
        {
            length++;
        }

        var path = new object[length + rest.Count];
        var i = length;
        for (object step = target; _parents.TryGetValue(step, out var up); step = up.Parent)
        {
            path[--i] = up.Segment;
        }

        for (var r = 0; r < rest.Count; r++)
        {
            path[length + r] = rest[r];
        }

        return path;
    }

    private void Index(object container)
    {
        switch (container)
        {
            case ResultObject obj:
                for (var i = 0; i < obj.Count; i++)
                {
                    ref readonly var property = ref obj.GetAt(i);
                    Child(obj, property.Key, property.Value);
                }

                break;
            case ResultList list:
                for (var i = 0; i < list.Count; i++)
                {
                    Child(list, i, list[i]);
                }

                break;
        }
    }

    private void Child(object parent, object segment, ResultValue value)
    {
        // The first place an object is found is its place (an object is never in two).
        if (value.Container is { } child && _parents!.TryAdd(child, (parent, segment)))
        {
            Index(child);
        }
    }
}
