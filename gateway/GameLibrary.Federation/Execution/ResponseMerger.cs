using System.Text.Json.Nodes;
using GameLibrary.Federation.Supergraph;

namespace GameLibrary.Federation.Execution;

/// <summary>Deep-merges subgraph results into the data tree (objects merge, lists of equal length merge item by item).</summary>
internal sealed class ResponseMerger(SupergraphSchema schema)
{
    /// <summary>
    /// Moves everything of <paramref name="source"/> into <paramref name="target"/> (<paramref name="source"/>
    /// is emptied). A <c>__typename</c> naming an interface (an interface object's answer) never replaces a
    /// concrete one already there.
    /// </summary>
    public void Merge(JsonObject target, JsonObject source)
    {
        var properties = source.ToList();
        source.Clear();
        foreach (var (key, value) in properties)
        {
            if (key == "__typename" && target.ContainsKey(key) && value is JsonValue typename
                && typename.TryGetValue<string>(out var name) && schema.IsAbstract(name))
            {
                continue;
            }

            if (target.TryGetPropertyValue(key, out var existing))
            {
                if (existing is JsonObject existingObject && value is JsonObject valueObject)
                {
                    Merge(existingObject, valueObject);
                    continue;
                }

                if (existing is JsonArray existingArray && value is JsonArray valueArray && existingArray.Count == valueArray.Count)
                {
                    MergeLists(existingArray, valueArray);
                    continue;
                }
            }

            target[key] = value;
        }
    }

    private void MergeLists(JsonArray target, JsonArray source)
    {
        var items = source.ToList();
        source.Clear();
        for (var i = 0; i < items.Count; i++)
        {
            switch (target[i], items[i])
            {
                case (JsonObject existing, JsonObject value):
                    Merge(existing, value);
                    break;
                case (JsonArray existing, JsonArray value) when existing.Count == value.Count:
                    MergeLists(existing, value);
                    break;
                default:
                    target[i] = items[i];
                    break;
            }
        }
    }
}
