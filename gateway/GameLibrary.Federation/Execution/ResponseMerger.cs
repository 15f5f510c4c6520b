using GameLibrary.Federation.Supergraph;

namespace GameLibrary.Federation.Execution;

/// <summary>Deep-merges subgraph results into the data (objects merge, lists of equal length merge item by item).</summary>
internal sealed class ResponseMerger(SupergraphSchema schema)
{
    /// <summary>
    /// Adds everything of <paramref name="source"/> to <paramref name="target"/>: its objects and lists are linked
    /// into the target, not copied, so the source must not be used afterwards. A <c>__typename</c> naming an interface
    /// (an interface object's answer) never replaces a concrete one already there.
    /// </summary>
    public void Merge(ResultObject target, ResultObject source)
    {
        for (var i = 0; i < source.Count; i++)
        {
            ref readonly var property = ref source.GetAt(i);
            MergeProperty(target, property.Key, property.Value);
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

    private void MergeProperty(ResultObject target, string key, ResultValue value)
    {
        var index = target.IndexOf(key);
        if (index >= 0)
        {
            var existing = target.GetAt(index).Value;
            if (key == "__typename" && value.TryGetString(out var name) && schema.IsAbstract(name))
            {
                return;
            }

            if (existing.Object is { } existingObject && value.Object is { } valueObject)
            {
                Merge(existingObject, valueObject);
                return;
            }

            if (existing.List is { } existingList && value.List is { } valueList && existingList.Count == valueList.Count)
            {
                MergeLists(existingList, valueList);
                return;
            }
        }

        target.Set(key, value);
    }
}
