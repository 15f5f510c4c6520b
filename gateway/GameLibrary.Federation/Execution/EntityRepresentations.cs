using System.Buffers;
using System.Runtime.CompilerServices;
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

    // Every origin in the order found, and per representation the index of its last origin: arrays from the shared
    // pool (a deep query finds hundreds of origins per fetch, many sharing a representation; a list per
    // representation, grown one origin at a time, was most of what collecting allocated).
    private Entity[] _origins = ArrayPool<Entity>.Shared.Rent(16);
    private int[] _lastOrigin = ArrayPool<int>.Shared.Rent(16);
    private List<Entity>[]? _originsByRepresentation;

    private EntityRepresentations()
    {
        _writer = new Utf8JsonWriter(_json);
        _indexByJson = new Dictionary<Slice, int>(new SliceComparer(_json));
        _json.Append((byte)'[');
    }

    /// <summary>The number of representations (in the order their first origin appears in the data).</summary>
    public int Count { get; private set; }

    /// <summary>The number of objects the representations were made for.</summary>
    public int OriginCount { get; private set; }

    /// <summary>Whether no object needs a fetch.</summary>
    public bool IsEmpty => Count == 0;

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

    /// <summary>The object at <paramref name="index"/> (of <see cref="OriginCount"/>), in the order found.</summary>
    public Entity Origin(int index) => _origins[index];

    /// <summary>Whether the origin at <paramref name="index"/> is the last of its representation's.</summary>
    public bool IsLastOrigin(int index) => _lastOrigin[_origins[index].Representation] == index;

    /// <summary>The origins of one representation (for its errors: indexed on first use, as a fetch may fail every one).</summary>
    public IReadOnlyList<Entity> OriginsOf(int representation)
    {
        if (_originsByRepresentation is null)
        {
            _originsByRepresentation = new List<Entity>[Count];
            for (var i = 0; i < OriginCount; i++)
            {
                (_originsByRepresentation[_origins[i].Representation] ??= []).Add(_origins[i]);
            }
        }

        return _originsByRepresentation[representation];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writer.Dispose();
        _json.Dispose();
        if (_origins.Length > 0)
        {
            ArrayPool<Entity>.Shared.Return(_origins, clearArray: true);
            ArrayPool<int>.Shared.Return(_lastOrigin);
        }

        _origins = [];
        _lastOrigin = [];
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
            if (Count > 0)
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
            var slice = Slice.Of(_json, valueStart);
            if (_indexByJson.TryGetValue(slice, out var index))
            {
                _json.Truncate(start);
            }
            else
            {
                index = Count++;
                _indexByJson.Add(slice, index);
                Grow(ref _lastOrigin, Count);
            }

            Grow(ref _origins, OriginCount + 1);
            _lastOrigin[index] = OriginCount;
            _origins[OriginCount++] = new Entity(entity, input.SelectionType ?? input.TypeCondition, index);

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

    /// <summary>Makes a pooled array hold at least <paramref name="length"/> items (a larger one from the pool, the old one returned).</summary>
    private static void Grow<T>(ref T[] array, int length)
    {
        if (length <= array.Length)
        {
            return;
        }

        var larger = ArrayPool<T>.Shared.Rent(array.Length * 2);
        array.AsSpan().CopyTo(larger);
        ArrayPool<T>.Shared.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        array = larger;
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
    /// <param name="Representation">The index of its representation (and of its result).</param>
    public readonly record struct Entity(ResultObject Target, string SelectionType, int Representation);

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
