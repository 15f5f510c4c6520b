using System.Text.Json;
using System.Text.Json.Nodes;
using GameLibrary.Federation.Planning.Nodes;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// Collects the objects at a flatten path and builds their de-duplicated representations for an
/// <c>_entities</c> fetch (identical representations are sent once and fanned back out to every origin).
/// The representations are written straight to the UTF-8 JSON list the request sends; a representation's bytes
/// are its de-duplication key, so no representation object, copy of its key values or key string is made.
/// </summary>
internal sealed class EntityRepresentations : IDisposable
{
    private static readonly JsonEncodedText TypenameName = JsonEncodedText.Encode("__typename");

    private readonly JsonBuffer _json = new(256);
    private readonly Utf8JsonWriter _writer;
    private readonly Dictionary<Slice, int> _indexByJson;

    private EntityRepresentations()
    {
        _writer = new Utf8JsonWriter(_json);
        _indexByJson = new Dictionary<Slice, int>(new SliceComparer(_json));
        _json.Append((byte)'[');
    }

    /// <summary>For each representation, in the order its first origin appears in the data, the objects it came from.</summary>
    public List<List<Entity>> Origins { get; } = [];

    /// <summary>Whether no object needs a fetch.</summary>
    public bool IsEmpty => Origins.Count == 0;

    /// <summary>The representations as the JSON list the request sends.</summary>
    public ReadOnlyMemory<byte> Json => _json.WrittenMemory;

    /// <summary>Walks <paramref name="path"/> from <paramref name="root"/> and builds representations for the objects the fetch applies to.</summary>
    public static EntityRepresentations Collect(ResultObject root, IReadOnlyList<string> path, IReadOnlyList<InputFragment> inputs) =>
        Collect(root, [path], inputs);

    /// <summary>
    /// Walks every path of <paramref name="paths"/> (fetches with the same selection, batched): a representation
    /// found on several paths is sent once and its result fanned out to all of them.
    /// </summary>
    public static EntityRepresentations Collect(ResultObject root, IReadOnlyList<IReadOnlyList<string>> paths, IReadOnlyList<InputFragment> inputs)
    {
        var result = new EntityRepresentations();
        var direct = new bool[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            direct[i] = WritesDirectly(inputs[i].Selections);
        }

        foreach (var path in paths)
        {
            result.Walk(new ResultValue(root), path, 0, inputs, direct);
        }

        result._json.Append((byte)']');
        return result;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writer.Dispose();
        _json.Dispose();
    }

    private void Walk(ResultValue node, IReadOnlyList<string> path, int depth, IReadOnlyList<InputFragment> inputs, bool[] direct)
    {
        if (depth == path.Count)
        {
            if (node.Object is { } entity)
            {
                Add(entity, inputs, direct);
            }

            return;
        }

        var segment = path[depth];
        if (segment == "@")
        {
            if (node.List is { } list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    Walk(list[i], path, depth + 1, inputs, direct);
                }
            }

            return;
        }

        if (node.Object is { } obj && obj.TryGetValue(segment, out var child))
        {
            Walk(child, path, depth + 1, inputs, direct);
        }
    }

    private void Add(ResultObject entity, IReadOnlyList<InputFragment> inputs, bool[] direct)
    {
        if (Typename(entity) is not { } typename)
        {
            return;
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (!input.MatchingTypes.Contains(typename))
            {
                continue;
            }

            var start = _json.Length;
            if (Origins.Count > 0)
            {
                _json.Append((byte)',');
            }

            var valueStart = _json.Length;
            _writer.Reset(_json);
            if (!Write(entity, input, direct[i]))
            {
                // A key or required field is missing (its fetch failed or a condition skipped it): no fetch for this object.
                _json.Truncate(start);
                return;
            }

            _writer.Flush();
            var origin = new Entity(entity, input.SelectionType ?? input.TypeCondition);
            var slice = Slice.Of(_json, valueStart);
            if (_indexByJson.TryGetValue(slice, out var index))
            {
                _json.Truncate(start);
                Origins[index].Add(origin);
            }
            else
            {
                _indexByJson.Add(slice, Origins.Count);
                Origins.Add([origin]);
            }

            return;
        }
    }

    /// <summary>Writes the representation of <paramref name="entity"/>; false when a field it needs is missing.</summary>
    private bool Write(ResultObject entity, InputFragment input, bool direct)
    {
        if (!direct)
        {
            // Nested type conditions or one name read twice: the object form resolves them (a later value replaces an earlier one).
            var representation = new JsonObject();
            if (!Fill(entity, input.Selections, representation))
            {
                return false;
            }

            if (input.TypenameRewrite is not null)
            {
                representation["__typename"] = input.TypenameRewrite;
            }

            representation.WriteTo(_writer);
            return true;
        }

        _writer.WriteStartObject();
        var typenameWritten = false;

        // Indexed loops: a foreach over a read-only list interface allocates an enumerator per entity.
        for (var s = 0; s < input.Selections.Count; s++)
        {
            var field = (InputField)input.Selections[s];
            if (input.TypenameRewrite is not null && field.Name == "__typename")
            {
                if (!entity.ContainsKey(field.ResponseKey))
                {
                    return false;
                }

                _writer.WriteString(TypenameName, input.TypenameRewrite);
                typenameWritten = true;
            }
            else if (!WriteField(entity, field))
            {
                return false;
            }
        }

        if (input.TypenameRewrite is not null && !typenameWritten)
        {
            _writer.WriteString(TypenameName, input.TypenameRewrite);
        }

        _writer.WriteEndObject();
        return true;
    }

    private bool WriteField(ResultObject source, InputField field)
    {
        if (!source.TryGetValue(field.ResponseKey, out var value))
        {
            return false;
        }

        _writer.WritePropertyName(field.Name);
        if (field.Selections is null)
        {
            value.WriteTo(_writer);
            return true;
        }

        return WriteProjection(value, field.Selections);
    }

    private bool WriteProjection(ResultValue value, IReadOnlyList<InputNode> selections)
    {
        switch (value.Object, value.List)
        {
            case (null, { } list):
                _writer.WriteStartArray();
                for (var i = 0; i < list.Count; i++)
                {
                    if (!WriteProjection(list[i], selections))
                    {
                        return false;
                    }
                }

                _writer.WriteEndArray();
                return true;
            case ({ } obj, null):
                _writer.WriteStartObject();
                for (var s = 0; s < selections.Count; s++)
                {
                    if (!WriteField(obj, (InputField)selections[s]))
                    {
                        return false;
                    }
                }

                _writer.WriteEndObject();
                return true;
            default:
                _writer.WriteNullValue();
                return true;
        }
    }

    /// <summary>
    /// Whether a selection can be written as it is read: fields only, each name once per object. Nested type
    /// conditions may add a name twice, which the object form (<see cref="Fill"/>) resolves.
    /// </summary>
    private static bool WritesDirectly(IReadOnlyList<InputNode> selections)
    {
        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not InputField field || (field.Selections is { } nested && !WritesDirectly(nested)))
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (((InputField)selections[j]).Name == field.Name)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string? Typename(ResultObject obj) =>
        obj.TryGetValue("__typename", out var value) && value.TryGetString(out var name) ? name : null;

    private static bool Fill(ResultObject source, IReadOnlyList<InputNode> selections, JsonObject target)
    {
        foreach (var selection in selections)
        {
            switch (selection)
            {
                case InputField field:
                    if (!source.TryGetValue(field.ResponseKey, out var value))
                    {
                        return false;
                    }

                    if (field.Selections is null)
                    {
                        target[field.Name] = value.ToJsonNode();
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

    private static bool Project(ResultValue value, IReadOnlyList<InputNode> selections, out JsonNode? projected)
    {
        switch (value.Object, value.List)
        {
            case (null, { } list):
                var items = new JsonArray();
                for (var i = 0; i < list.Count; i++)
                {
                    if (!Project(list[i], selections, out var projectedItem))
                    {
                        projected = null;
                        return false;
                    }

                    items.Add(projectedItem);
                }

                projected = items;
                return true;
            case ({ } obj, null):
                var target = new JsonObject();
                projected = target;
                return Fill(obj, selections, target);
            default:
                projected = null;
                return true;
        }
    }

    /// <summary>An object of the data an entity fetch applies to.</summary>
    /// <param name="Target">The object the result merges into (its place in the data is its response path).</param>
    /// <param name="SelectionType">The type condition of the fetched selection for it (keys the fetch's error positions).</param>
    public readonly record struct Entity(ResultObject Target, string SelectionType);

    /// <summary>A representation's bytes in the list, with their hash computed once.</summary>
    private readonly record struct Slice(int Start, int Length, int Hash)
    {
        public static Slice Of(JsonBuffer buffer, int start)
        {
            var length = buffer.Length - start;
            var hash = new HashCode();
            hash.AddBytes(buffer.Slice(start, length));
            return new Slice(start, length, hash.ToHashCode());
        }
    }

    /// <summary>Compares slices by the bytes they cover in one buffer.</summary>
    private sealed class SliceComparer(JsonBuffer buffer) : IEqualityComparer<Slice>
    {
        public bool Equals(Slice x, Slice y) =>
            x.Hash == y.Hash && buffer.Slice(x.Start, x.Length).SequenceEqual(buffer.Slice(y.Start, y.Length));

        public int GetHashCode(Slice obj) => obj.Hash;
    }
}
