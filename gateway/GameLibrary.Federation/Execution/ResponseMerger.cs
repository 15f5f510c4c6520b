using System.Buffers;
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
        // A node has one parent: take the properties out of the source before they move (a pooled array, not a list per object).
        var count = source.Count;
        var properties = ArrayPool<KeyValuePair<string, JsonNode?>>.Shared.Rent(count);
        ((ICollection<KeyValuePair<string, JsonNode?>>)source).CopyTo(properties, 0);
        source.Clear();
        try
        {
            for (var i = 0; i < count; i++)
            {
                MergeProperty(target, properties[i].Key, properties[i].Value);
            }
        }
        finally
        {
            ArrayPool<KeyValuePair<string, JsonNode?>>.Shared.Return(properties, clearArray: true);
        }
    }

    /// <summary>
    /// Moves the items of <paramref name="source"/> into <paramref name="target"/> by index (<paramref name="source"/>
    /// is emptied): objects merge, lists of equal length merge item by item, anything else replaces the item.
    /// </summary>
    private void MergeLists(JsonArray target, JsonArray source)
    {
        var count = source.Count;
        var items = ArrayPool<JsonNode?>.Shared.Rent(count);
        ((ICollection<JsonNode?>)source).CopyTo(items, 0);
        source.Clear();
        try
        {
            for (var i = 0; i < count; i++)
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
        finally
        {
            ArrayPool<JsonNode?>.Shared.Return(items, clearArray: true);
        }
    }

    private void MergeProperty(JsonObject target, string key, JsonNode? value)
    {
        if (key == "__typename" && target.ContainsKey(key) && value is JsonValue typename
            && typename.TryGetValue<string>(out var name) && schema.IsAbstract(name))
        {
            return;
        }

        if (target.TryGetPropertyValue(key, out var existing))
        {
            if (existing is JsonObject existingObject && value is JsonObject valueObject)
            {
                Merge(existingObject, valueObject);
                return;
            }

            if (existing is JsonArray existingArray && value is JsonArray valueArray && existingArray.Count == valueArray.Count)
            {
                MergeLists(existingArray, valueArray);
                return;
            }
        }

        target[key] = value;
    }
}
