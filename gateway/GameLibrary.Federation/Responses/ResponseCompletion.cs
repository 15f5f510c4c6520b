using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Api;
using GameLibrary.Federation.Requests;

namespace GameLibrary.Federation.Responses;

/// <summary>
/// Completes the merged subgraph data of one response against the client's operation, like the value
/// completion of a single GraphQL server. Two passes over the data tree: <see cref="Check"/> walks the
/// operation (CollectFields per object, merged sub-selections, runtime types from <c>__typename</c>),
/// validates leaves and applies null propagation ("Handling Field Errors"), recording which nodes must be
/// written as null and which errors to add; <see cref="WriteData"/> then streams the result. Nothing is
/// written before the errors are known, and the data tree is never modified.
/// </summary>
internal sealed class ResponseCompletion
{
    private readonly ApiSchema _schema;
    private readonly PreparedOperation _operation;
    private readonly IReadOnlyList<GatewayError> _givenErrors;
    private readonly List<PathSegment> _path = [];
    private HashSet<JsonNode>? _nulled;
    private ErrorPathIndex? _errorPaths;

    public ResponseCompletion(ApiSchema schema, PreparedOperation operation, IReadOnlyList<GatewayError> givenErrors)
    {
        _schema = schema;
        _operation = operation;
        _givenErrors = givenErrors;
    }

    /// <summary>The errors completion added (in the order a server would raise them).</summary>
    public List<GatewayError> AddedErrors { get; } = [];

    /// <summary>Pass 1: returns false when <c>data</c> itself becomes null.</summary>
    public bool Check(JsonObject data)
    {
        var root = _operation.RootType;
        return CheckObject(data, root, RootFields());
    }

    /// <summary>Pass 2: writes the checked data object.</summary>
    public void WriteData(Utf8JsonWriter writer, JsonObject data)
    {
        WriteObject(writer, data, _operation.RootType, RootFields());
    }

    private List<CollectedField> RootFields() => _operation.Fields.Root(_operation.Operation.SelectionSet, _operation.RootType);

    private List<CollectedField> SubFields(CollectedField field, ApiType objectType) => _operation.Fields.Sub(field, objectType);

    private bool CheckObject(JsonObject value, ApiType objectType, List<CollectedField> fields)
    {
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

                    return false;
                }

                continue;
            }

            _path.Add(new PathSegment(field.ResponseKey));
            value.TryGetPropertyValue(field.ResponseKey, out var child);
            var ok = field.Definition is { } definition
                ? CheckValue(child, definition.Type, field, objectType)
                : CheckMetaField(child, field, objectType);
            _path.RemoveAt(_path.Count - 1);
            if (!ok)
            {
                // Like a server's sequential execution: the first failing non-null field ends the object.
                return false;
            }
        }

        return true;
    }

    /// <summary><c>__schema</c> (non-null) and <c>__type</c> values come complete from introspection.</summary>
    private bool CheckMetaField(JsonNode? value, CollectedField field, ApiType parentType)
    {
        if (IsNull(value) && field.Name == "__schema")
        {
            AddNullError(field, parentType);
            return false;
        }

        return true;
    }

    /// <summary>Returns false when a null reached this non-null position and must propagate to the parent.</summary>
    private bool CheckValue(JsonNode? value, ApiTypeRef type, CollectedField field, ApiType parentType)
    {
        if (!type.IsNonNull)
        {
            CheckNullable(value, type, field, parentType);
            return true;
        }

        if (CheckNullable(value, type.OfType!, field, parentType))
        {
            return true;
        }

        AddNullError(field, parentType);
        return false;
    }

    /// <summary>Returns whether the position holds a non-null value after completion (failed values are marked null).</summary>
    private bool CheckNullable(JsonNode? value, ApiTypeRef type, CollectedField field, ApiType parentType)
    {
        if (IsNull(value))
        {
            return false;
        }

        if (type.IsList)
        {
            if (value is not JsonArray items)
            {
                return Reject(value!, $"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Name}\".", field);
            }

            for (var i = 0; i < items.Count; i++)
            {
                _path.Add(new PathSegment(i));
                var ok = CheckValue(items[i], type.OfType!, field, parentType);
                _path.RemoveAt(_path.Count - 1);
                if (!ok)
                {
                    MarkNull(items);
                    return false;
                }
            }

            return true;
        }

        var named = type.NamedType;
        if (!named.IsComposite)
        {
            return LeafValues.IsValid(value!, named, out var leafError) || Reject(value!, leafError!, field);
        }

        if (value is not JsonObject objectValue)
        {
            return Reject(value!, $"Expected an object of type \"{named.Name}\" for field \"{parentType.Name}.{field.Name}\".", field);
        }

        var runtimeType = RuntimeType(objectValue, named, out var typeError);
        if (runtimeType is null)
        {
            return Reject(value!, $"{typeError} (field \"{parentType.Name}.{field.Name}\")", field);
        }

        if (!CheckObject(objectValue, runtimeType, SubFields(field, runtimeType)))
        {
            MarkNull(objectValue);
            return false;
        }

        return true;
    }

    private void WriteObject(Utf8JsonWriter writer, JsonObject value, ApiType objectType, List<CollectedField> fields)
    {
        writer.WriteStartObject();
        foreach (var field in fields)
        {
            writer.WritePropertyName(field.EncodedResponseKey);
            if (field.Definition is { } definition)
            {
                value.TryGetPropertyValue(field.ResponseKey, out var child);
                WriteValue(writer, child, definition.Type, field);
            }
            else if (field.Name == "__typename")
            {
                writer.WriteStringValue(objectType.Name);
            }
            else if (value.TryGetPropertyValue(field.ResponseKey, out var introspection) && introspection is not null)
            {
                introspection.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndObject();
    }

    private void WriteValue(Utf8JsonWriter writer, JsonNode? value, ApiTypeRef type, CollectedField field)
    {
        if (IsNull(value) || _nulled?.Contains(value!) == true)
        {
            writer.WriteNullValue();
            return;
        }

        var nullable = type.Nullable;
        if (nullable.IsList)
        {
            writer.WriteStartArray();
            var items = (JsonArray)value!;
            for (var i = 0; i < items.Count; i++)
            {
                WriteValue(writer, items[i], nullable.OfType!, field);
            }

            writer.WriteEndArray();
            return;
        }

        var named = nullable.NamedType;
        if (!named.IsComposite)
        {
            LeafValues.Write(writer, value!, named);
            return;
        }

        var objectValue = (JsonObject)value!;
        var runtimeType = RuntimeType(objectValue, named, out _)!;
        WriteObject(writer, objectValue, runtimeType, SubFields(field, runtimeType));
    }

    /// <summary>
    /// The object type of a value: the static type at object positions (a <c>__typename</c> there may be
    /// missing), the type named by <c>__typename</c> at abstract positions (it must be a possible type, or an
    /// interface the position's type is or that implements it: the answer of an <c>@interfaceObject</c>
    /// subgraph, completed against the interface).
    /// </summary>
    private ApiType? RuntimeType(JsonObject value, ApiType staticType, out string? error)
    {
        error = null;
        if (!staticType.IsAbstract)
        {
            return staticType;
        }

        if (!value.TryGetPropertyValue("__typename", out var typeNameNode) || typeNameNode is not JsonValue typeNameValue
            || !typeNameValue.TryGetValue<string>(out var typeName))
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

    private bool Reject(JsonNode value, string message, CollectedField field)
    {
        AddError(message, field);
        MarkNull(value);
        return false;
    }

    private void MarkNull(JsonNode value) =>
        (_nulled ??= new HashSet<JsonNode>(ReferenceEqualityComparer.Instance)).Add(value);

    /// <summary>Adds "Cannot return null…" unless an error already explains this null (at this path or below it).</summary>
    private void AddNullError(CollectedField field, ApiType parentType)
    {
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

    private static bool IsNull(JsonNode? value) => value is null || (value is JsonValue && value.GetValueKind() == JsonValueKind.Null);
}
