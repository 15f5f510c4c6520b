using System.Text.Json.Nodes;
using GameLibrary.Federation.Planning.Nodes;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// Collects the objects at a flatten path and builds their de-duplicated representations for an
/// <c>_entities</c> fetch (identical representations are sent once and fanned back out to every origin).
/// </summary>
internal sealed class EntityRepresentations
{
    private readonly Dictionary<string, int> _indexByJson = new(StringComparer.Ordinal);

    /// <summary>The representations, in the order their first origin appears in the data.</summary>
    public JsonArray Representations { get; } = [];

    /// <summary>For each representation, the objects it came from.</summary>
    public List<List<Entity>> Origins { get; } = [];

    /// <summary>Whether no object needs a fetch.</summary>
    public bool IsEmpty => Representations.Count == 0;

    /// <summary>Walks <paramref name="path"/> from <paramref name="root"/> and builds representations for the objects the fetch applies to.</summary>
    public static EntityRepresentations Collect(JsonObject root, IReadOnlyList<string> path, IReadOnlyList<InputFragment> inputs)
    {
        var result = new EntityRepresentations();
        result.Walk(root, path, 0, [], inputs);
        return result;
    }

    /// <summary>
    /// Walks every path of <paramref name="paths"/> (fetches with the same selection, batched): a representation
    /// found on several paths is sent once and its result fanned out to all of them.
    /// </summary>
    public static EntityRepresentations Collect(JsonObject root, IReadOnlyList<IReadOnlyList<string>> paths, IReadOnlyList<InputFragment> inputs)
    {
        var result = new EntityRepresentations();
        foreach (var path in paths)
        {
            result.Walk(root, path, 0, [], inputs);
        }

        return result;
    }

    private void Walk(JsonNode? node, IReadOnlyList<string> path, int depth, List<object> responsePath, IReadOnlyList<InputFragment> inputs)
    {
        if (depth == path.Count)
        {
            if (node is JsonObject entity)
            {
                Add(entity, responsePath, inputs);
            }

            return;
        }

        var segment = path[depth];
        if (segment == "@")
        {
            if (node is JsonArray list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    responsePath.Add(i);
                    Walk(list[i], path, depth + 1, responsePath, inputs);
                    responsePath.RemoveAt(responsePath.Count - 1);
                }
            }

            return;
        }

        if (node is JsonObject obj && obj.TryGetPropertyValue(segment, out var child))
        {
            responsePath.Add(segment);
            Walk(child, path, depth + 1, responsePath, inputs);
            responsePath.RemoveAt(responsePath.Count - 1);
        }
    }

    private void Add(JsonObject entity, List<object> responsePath, IReadOnlyList<InputFragment> inputs)
    {
        if (Typename(entity) is not { } typename)
        {
            return;
        }

        foreach (var input in inputs)
        {
            if (!input.MatchingTypes.Contains(typename))
            {
                continue;
            }

            var representation = new JsonObject();
            if (!Fill(entity, input.Selections, representation))
            {
                // A key or required field is missing (its fetch failed or a condition skipped it): no fetch for this object.
                return;
            }

            if (input.TypenameRewrite is not null)
            {
                representation["__typename"] = input.TypenameRewrite;
            }

            var json = representation.ToJsonString();
            var origin = new Entity(entity, [.. responsePath], input.SelectionType ?? input.TypeCondition);
            if (_indexByJson.TryGetValue(json, out var index))
            {
                Origins[index].Add(origin);
            }
            else
            {
                _indexByJson.Add(json, Representations.Count);
                Representations.Add(representation);
                Origins.Add([origin]);
            }

            return;
        }
    }

    private static string? Typename(JsonObject obj) =>
        obj.TryGetPropertyValue("__typename", out var value) && value is JsonValue v && v.TryGetValue<string>(out var name) ? name : null;

    private static bool Fill(JsonObject source, IReadOnlyList<InputNode> selections, JsonObject target)
    {
        foreach (var selection in selections)
        {
            switch (selection)
            {
                case InputField field:
                    if (!source.TryGetPropertyValue(field.ResponseKey, out var value))
                    {
                        return false;
                    }

                    if (field.Selections is null)
                    {
                        target[field.Name] = value?.DeepClone();
                    }
                    else if (!Project(value, field.Selections, out var projected))
                    {
                        return false;
                    }
                    else
                    {
                        target[field.Name] = projected;
                    }

                    break;
                case InputFragment fragment:
                    if (Typename(source) is { } typename && fragment.MatchingTypes.Contains(typename) && !Fill(source, fragment.Selections, target))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    private static bool Project(JsonNode? value, IReadOnlyList<InputNode> selections, out JsonNode? projected)
    {
        switch (value)
        {
            case JsonArray list:
                var items = new JsonArray();
                foreach (var item in list)
                {
                    if (!Project(item, selections, out var projectedItem))
                    {
                        projected = null;
                        return false;
                    }

                    items.Add(projectedItem);
                }

                projected = items;
                return true;
            case JsonObject obj:
                var target = new JsonObject();
                projected = target;
                return Fill(obj, selections, target);
            default:
                projected = null;
                return true;
        }
    }

    /// <summary>An object of the data tree an entity fetch applies to.</summary>
    /// <param name="Target">The object the result merges into.</param>
    /// <param name="Path">Its response path (keys and list indexes).</param>
    /// <param name="SelectionType">The type condition of the fetched selection for it (keys the fetch's error positions).</param>
    public sealed record Entity(JsonObject Target, IReadOnlyList<object> Path, string SelectionType);
}
