using GameLibrary.Federation.Supergraph;

namespace GameLibrary.Federation.Execution;

/// <summary>Deep-merges subgraph results into the data (objects merge, lists of equal length merge item by item).</summary>
internal sealed class ResponseMerger(SupergraphSchema schema)
{
    /// <summary>
    /// Adds everything of <paramref name="source"/> to <paramref name="target"/>: a property the target has merges
    /// into it (objects and equal-length lists deeply) and leaves the source; the rest, the usual case, become the
    /// target's by linking the source object to it, so nothing is copied and the source must not be used afterwards.
    /// A <c>__typename</c> naming an interface (an interface object's answer) never replaces a concrete one already there.
    /// </summary>
    public void Merge(ResultObject target, ResultObject source)
    {
        for (var i = 0; i < source.Count;)
        {
            ref readonly var property = ref source.GetAt(i);
            var index = target.IndexOf(property.Key);
            if (index < 0)
            {
                i++;
                continue;
            }

            MergeProperty(target, index, property.Key, property.Value);
            source.RemoveAt(i);
        }

        if (source.Count > 0)
        {
            target.Link(source);
        }
    }

    /// <summary>Merges the items of <paramref name="source"/> into <paramref name="target"/> by index: objects merge, lists of equal length merge item by item, anything else replaces the item.</summary>
    private void MergeLists(ResultList target, ResultList source)
    {
        for (var i = 0; i < source.Count; i++)
        {
            var existing = target[i];
            var value = source[i];
            if (existing.Object is { } existingObject && value.Object is { } valueObject)
            {
                Merge(existingObject, valueObject);
            }
            else if (existing.List is { } existingList && value.List is { } valueList && existingList.Count == valueList.Count)
            {
                MergeLists(existingList, valueList);
            }
            else
            {
                target[i] = value;
            }
        }
    }

    private void MergeProperty(ResultObject target, int index, string key, ResultValue value)
    {
        var existing = target.GetAt(index).Value;
        if (key == "__typename" && value.TryGetString(out var name) && schema.IsAbstract(name))
        {
            return;
        }

        if (existing.Object is { } existingObject && value.Object is { } valueObject)
        {
            Merge(existingObject, valueObject);
        }
        else if (existing.List is { } existingList && value.List is { } valueList && existingList.Count == valueList.Count)
        {
            MergeLists(existingList, valueList);
        }
        else
        {
            target.Set(key, value);
        }
    }
}
