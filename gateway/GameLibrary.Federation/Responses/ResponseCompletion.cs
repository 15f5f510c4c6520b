using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Api;
using GameLibrary.Federation.Execution;
using GameLibrary.Federation.Requests;

namespace GameLibrary.Federation.Responses;

/// <summary>
/// Completes the merged subgraph data of one response against the client's operation, like the value
/// completion of a single GraphQL server: CollectFields per object (merged sub-selections, runtime types from
/// <c>__typename</c>), leaf validation and null propagation ("Handling Field Errors"). One walk does both
/// checking and writing. <see cref="Check"/> writes the data while it checks, until the first failure; when
/// nothing failed (the usual case) that output is the data and the walk ran once. After a failure it goes on
/// checking only, recording which nodes must be written as null and which errors to add, and
/// <see cref="WriteData"/> walks again, writing those nodes as null without visiting them (so it meets no
/// failure; a leaf it rejected is rejected again, without an error). Errors precede data in a response, so nothing
/// reaches the response before they are known; the data is never modified.
/// </summary>
internal sealed class ResponseCompletion
{
    private readonly ApiSchema _schema;
    private readonly PreparedOperation _operation;
    private readonly IReadOnlyList<GatewayError> _givenErrors;
    private readonly List<PathSegment> _path = [];
    private HashSet<object>? _nulled;
    private ErrorPathIndex? _errorPaths;

    // Where the walk writes; null when it only checks (after a failure in the first walk).
    private Utf8JsonWriter? _writer;

    // Whether this is the second walk, which writes what the first rejected as null without adding errors again.
    private bool _rewriting;

    public ResponseCompletion(ApiSchema schema, PreparedOperation operation, IReadOnlyList<GatewayError> givenErrors)
    {
        _schema = schema;
        _operation = operation;
        _givenErrors = givenErrors;
    }

    /// <summary>The errors completion added (in the order a server would raise them).</summary>
    public List<GatewayError> AddedErrors { get; } = [];

    /// <summary>
    /// Whether the first walk wrote the complete data object (it was given a writer and nothing failed), so
    /// <see cref="WriteData"/> is not needed.
    /// </summary>
    public bool DataWritten { get; private set; }

    /// <summary>
    /// The first walk: checks the data and writes it to <paramref name="writer"/> (when given) until the first
    /// failure. Returns false when <c>data</c> itself becomes null.
    /// </summary>
    public bool Check(ResultObject data, Utf8JsonWriter? writer)
    {
        _writer = writer;
        var complete = CompleteObject(data, _operation.RootType, RootFields());
        DataWritten = complete && _writer is not null;
        _writer = null;
        return complete;
    }

    /// <summary>The second walk, after a failure: writes the checked data object with the failed positions as null.</summary>
    public void WriteData(Utf8JsonWriter writer, ResultObject data)
    {
        _writer = writer;
        _rewriting = true;
        CompleteObject(data, _operation.RootType, RootFields());
        _rewriting = false;
        _writer = null;
    }

    private List<CollectedField> RootFields() => _operation.Fields.Root(_operation.Operation.SelectionSet, _operation.RootType);

    private List<CollectedField> SubFields(CollectedField field, ApiType objectType) => _operation.Fields.Sub(field, objectType);

    private bool CompleteObject(ResultObject value, ApiType objectType, List<CollectedField> fields)
    {
        _writer?.WriteStartObject();
        var next = 0;
        foreach (var field in fields)
        {
            if (field.Definition is null && field.Name == "__typename")
            {
                if (objectType.IsAbstract)
                {
                    // An interface object's answer: the plan asks a subgraph with the real interface for the
                    // concrete type, which did not answer; the interface name must not reach the client.
                    _path.Add(new PathSegment(field.ResponseKey));
                    var explained = ErrorPaths().HasAtOrBelow(_path);
                    _path.RemoveAt(_path.Count - 1);
                    if (!explained)
                    {
                        AddError($"The concrete type of an object of interface \"{objectType.Name}\" could not be determined.", field);
                    }

                    Failed();
                    return false;
                }

                _writer?.WriteString(field.EncodedResponseKey, objectType.Name);
                continue;
            }

            _writer?.WritePropertyName(field.EncodedResponseKey);
            _path.Add(new PathSegment(field.ResponseKey));
            var child = Property(value, field.ResponseKey, ref next);
            var ok = field.Definition is { } definition
                ? CompleteValue(child, definition.Type, field, objectType)
                : CompleteMetaField(child, field, objectType);
            _path.RemoveAt(_path.Count - 1);
            if (!ok)
            {
                // Like a server's sequential execution: the first failing non-null field ends the object.
                return false;
            }
        }

        _writer?.WriteEndObject();
        return true;
    }

    /// <summary>
    /// The value of a property; <paramref name="next"/> is the index after the one found last. Subgraphs answer in
    /// selection order and merges append, so the property wanted is usually the next one: one comparison of the
    /// key instead of hashing it.
    /// </summary>
    private static ResultValue Property(ResultObject value, string key, ref int next)
    {
        if (next < value.Count)
        {
            ref readonly var candidate = ref value.GetAt(next);
            if (candidate.Key == key)
            {
                next++;
                return candidate.Value;
            }
        }

        var index = value.IndexOf(key);
        if (index < 0)
        {
            return ResultValue.Null;
        }

        next = index + 1;
        return value.GetAt(index).Value;
    }

    /// <summary><c>__schema</c> (non-null) and <c>__type</c> values come complete from introspection, copied verbatim.</summary>
    private bool CompleteMetaField(ResultValue value, CollectedField field, ApiType parentType)
    {
        if (value.IsNull)
        {
            if (field.Name == "__schema")
            {
                AddNullError(field, parentType);
                return false;
            }

            _writer?.WriteNullValue();
            return true;
        }

        if (_writer is { } writer)
        {
            value.WriteTo(writer);
        }

        return true;
    }

    /// <summary>Returns false when a null reached this non-null position and must propagate to the parent.</summary>
    private bool CompleteValue(ResultValue value, ApiTypeRef type, CollectedField field, ApiType parentType)
    {
        if (!type.IsNonNull)
        {
            CompleteNullable(value, type, field, parentType);
            return true;
        }

        if (CompleteNullable(value, type.OfType!, field, parentType))
        {
            return true;
        }

        AddNullError(field, parentType);
        return false;
    }

    /// <summary>
    /// Returns whether the position holds a non-null value after completion (failed values are marked null).
    /// Writes the value, or null for a value an earlier walk marked null.
    /// </summary>
    private bool CompleteNullable(ResultValue value, ApiTypeRef type, CollectedField field, ApiType parentType)
    {
        if (value.IsNull || (value.Container is { } container && _nulled?.Contains(container) == true))
        {
            _writer?.WriteNullValue();
            return false;
        }

        if (type.IsList)
        {
            if (value.List is not { } items)
            {
                return Reject(value, $"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Name}\".", field);
            }

            _writer?.WriteStartArray();
            for (var i = 0; i < items.Count; i++)
            {
                _path.Add(new PathSegment(i));
                var ok = CompleteValue(items[i], type.OfType!, field, parentType);
                _path.RemoveAt(_path.Count - 1);
                if (!ok)
                {
                    MarkNull(items);
                    return false;
                }
            }

            _writer?.WriteEndArray();
            return true;
        }

        var named = type.NamedType;
        if (!named.IsComposite)
        {
            if (!LeafValues.IsValid(value, named, out var leafError))
            {
                return Reject(value, leafError!, field);
            }

            if (_writer is { } writer)
            {
                LeafValues.Write(writer, value, named);
            }

            return true;
        }

        if (value.Object is not { } objectValue)
        {
            return Reject(value, $"Expected an object of type \"{named.Name}\" for field \"{parentType.Name}.{field.Name}\".", field);
        }

        var runtimeType = RuntimeType(objectValue, named, out var typeError);
        if (runtimeType is null)
        {
            return Reject(value, $"{typeError} (field \"{parentType.Name}.{field.Name}\")", field);
        }

        if (!CompleteObject(objectValue, runtimeType, SubFields(field, runtimeType)))
        {
            MarkNull(objectValue);
            return false;
        }

        return true;
    }

    /// <summary>
    /// The object type of a value: the static type at object positions (a <c>__typename</c> there may be
    /// missing), the type named by <c>__typename</c> at abstract positions (it must be a possible type, or an
    /// interface the position's type is or that implements it: the answer of an <c>@interfaceObject</c>
    /// subgraph, completed against the interface).
    /// </summary>
    private ApiType? RuntimeType(ResultObject value, ApiType staticType, out string? error)
    {
        error = null;
        if (!staticType.IsAbstract)
        {
            return staticType;
        }

        if (!value["__typename"].TryGetString(out var typeName))
        {
            error = $"Abstract type \"{staticType.Name}\" must resolve to an Object type at runtime, but the value has no __typename";
            return null;
        }

        if (staticType.IsPossibleType(typeName))
        {
            return _schema.GetType(typeName);
        }

        if (_schema.GetType(typeName) is { Kind: ApiTypeKind.Interface } named
            && (named == staticType || named.Interfaces.Contains(staticType.Name)))
        {
            return named;
        }

        // A type the API schema lacks is typically @inaccessible: its name must not show (as Apollo's gateway hides it).
        error = _schema.GetType(typeName) is null
            ? $"Abstract type \"{staticType.Name}\" was resolved to a type that does not exist in the API schema"
            : $"Runtime Object type \"{typeName}\" is not a possible type for \"{staticType.Name}\"";
        return null;
    }

    private bool Reject(ResultValue value, string message, CollectedField field)
    {
        if (_rewriting)
        {
            // A leaf (objects and lists the first walk rejected are in the nulled set): null, its error already known.
            _writer?.WriteNullValue();
            return false;
        }

        AddError(message, field);
        if (value.Container is { } container)
        {
            MarkNull(container);
        }

        Failed();
        return false;
    }

    /// <summary>Marks an object or list null; what was written so far no longer holds, so the walk stops writing.</summary>
    private void MarkNull(object container)
    {
        (_nulled ??= new HashSet<object>(ReferenceEqualityComparer.Instance)).Add(container);
        Failed();
    }

    private void Failed() => _writer = null;

    /// <summary>Adds "Cannot return null…" unless an error already explains this null (at this path or below it).</summary>
    private void AddNullError(CollectedField field, ApiType parentType)
    {
        Failed();
        if (ErrorPaths().HasAtOrBelow(_path))
        {
            return;
        }

        AddError($"Cannot return null for non-nullable field {parentType.Name}.{field.Name}.", field);
    }

    /// <summary>The paths of the errors so far (built on first use; <see cref="AddError"/> keeps it current).</summary>
    private ErrorPathIndex ErrorPaths()
    {
        if (_errorPaths is null)
        {
            _errorPaths = new ErrorPathIndex();
            foreach (var error in _givenErrors)
            {
                _errorPaths.Add(error.Path);
            }

            foreach (var error in AddedErrors)
            {
                _errorPaths.Add(error.Path);
            }
        }

        return _errorPaths;
    }

    private void AddError(string message, CollectedField field)
    {
        var path = new object[_path.Count];
        for (var i = 0; i < path.Length; i++)
        {
            path[i] = _path[i].Value;
        }

        var locations = field.Nodes.Select(n => _operation.PreparedDocument.Locations.At(n.Location.Start)).ToList();
        AddedErrors.Add(new GatewayError(message, path, new JsonObject { ["code"] = ErrorCodes.InternalServerError }, locations));
        _errorPaths?.Add(path);
    }
}
