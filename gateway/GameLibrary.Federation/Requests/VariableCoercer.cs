using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Api;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// Coerces the request's variable values against the operation's variable definitions (spec
/// "CoerceVariableValues" and the input coercion rules of each type): defaults applied, required variables
/// and fields enforced, Int/Float/String/Boolean/ID checked, enum values checked against the API schema
/// (inaccessible values do not exist), input objects checked field by field, a single value in a list
/// position wrapped, custom scalars passed through unchanged. Messages follow graphql-js so clients see
/// familiar errors; every problem is reported (up to <see cref="MaxErrors"/>).
/// </summary>
internal static class VariableCoercer
{
    /// <summary>Most errors reported for one request.</summary>
    public const int MaxErrors = 50;

    /// <summary>Deepest nesting of lists and input objects in one variable value.</summary>
    public const int MaxDepth = 64;

    /// <summary>Coerces the variables; returns null and fills <paramref name="errors"/> when a value is invalid.</summary>
    public static JsonObject? Coerce(IReadOnlyList<VariableDefinitionInfo> definitions, JsonElement? variables, List<GatewayError> errors)
    {
        var provided = variables is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } given ? given : (JsonElement?)null;
        if (provided is { ValueKind: not JsonValueKind.Object })
        {
            errors.Add(GatewayError.WithCode("Variables must be provided as a JSON object.", ErrorCodes.BadUserInput));
            return null;
        }

        var result = new JsonObject();
        foreach (var definition in definitions)
        {
            JsonElement value = default;
            var hasValue = provided is { } values && values.TryGetProperty(definition.Name, out value);
            if (!hasValue)
            {
                if (definition.HasDefault)
                {
                    result[definition.Name] = definition.DefaultValue?.DeepClone();
                }
                else if (definition.Type.IsNonNull)
                {
                    errors.Add(Error($"Variable \"${definition.Name}\" of required type \"{definition.Type}\" was not provided."));
                }

                continue;
            }

            if (value.ValueKind == JsonValueKind.Null)
            {
                if (definition.Type.IsNonNull)
                {
                    errors.Add(Error($"Variable \"${definition.Name}\" of non-null type \"{definition.Type}\" must not be null."));
                }
                else
                {
                    result[definition.Name] = null;
                }

                continue;
            }

            var context = new Context(definition.Name, errors);
            var coerced = context.Coerce(value, definition.Type, depth: 0);
            if (!context.Failed)
            {
                result[definition.Name] = coerced;
            }

            if (errors.Count >= MaxErrors)
            {
                break;
            }
        }

        return errors.Count == 0 ? result : null;
    }

    private static GatewayError Error(string message) => GatewayError.WithCode(message, ErrorCodes.BadUserInput);

    /// <summary>Coerces one variable's value, tracking the path inside it for messages.</summary>
    private sealed class Context(string variableName, List<GatewayError> errors)
    {
        private readonly List<object> _path = [];

        public bool Failed { get; private set; }

        public JsonNode? Coerce(JsonElement value, ApiTypeRef type, int depth)
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                if (type.IsNonNull)
                {
                    Fail(value, $"Expected non-nullable type \"{type}\" not to be null.");
                }

                return null;
            }

            if (depth > MaxDepth)
            {
                Fail(value, $"The value is nested more than {MaxDepth} levels deep.");
                return null;
            }

            var nullable = type.Nullable;
            if (nullable.IsList)
            {
                var array = new JsonArray();
                if (value.ValueKind == JsonValueKind.Array)
                {
                    var index = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        _path.Add(index++);
                        array.Add(Coerce(item, nullable.OfType!, depth + 1));
                        _path.RemoveAt(_path.Count - 1);
                    }
                }
                else
                {
                    array.Add(Coerce(value, nullable.OfType!, depth + 1));
                }

                return array;
            }

            var named = nullable.NamedType;
            return named.Kind switch
            {
                ApiTypeKind.InputObject => InputObject(value, named, depth),
                ApiTypeKind.Enum => Enum(value, named),
                _ when named.IsBuiltInScalar => BuiltInScalar(value, named.Name),
                _ => Passthrough(value),
            };
        }

        private JsonObject? InputObject(JsonElement value, ApiType type, int depth)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                Fail(value, $"Expected type \"{type.Name}\" to be an object.");
                return null;
            }

            var result = new JsonObject();
            foreach (var field in type.InputFields)
            {
                if (value.TryGetProperty(field.Name, out var fieldValue))
                {
                    _path.Add(field.Name);
                    result[field.Name] = Coerce(fieldValue, field.Type, depth + 1);
                    _path.RemoveAt(_path.Count - 1);
                }
                else if (field.DefaultValue is not null)
                {
                    result[field.Name] = ValueLiterals.ToJson(field.DefaultValue, field.Type);
                }
                else if (field.Type.IsNonNull)
                {
                    Fail(value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }
            }

            foreach (var property in value.EnumerateObject())
            {
                if (type.GetInputField(property.Name) is null)
                {
                    Fail(value, $"Field \"{property.Name}\" is not defined by type \"{type.Name}\".");
                }
            }

            if (type.IsOneOf)
            {
                var count = 0;
                foreach (var property in value.EnumerateObject())
                {
                    count++;
                    if (property.Value.ValueKind == JsonValueKind.Null)
                    {
                        Fail(value, $"Field \"{property.Name}\" must be non-null.");
                    }
                }

                if (count != 1)
                {
                    Fail(value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
                }
            }

            return result;
        }

        private JsonValue? Enum(JsonElement value, ApiType type)
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                Fail(value, $"Enum \"{type.Name}\" cannot represent non-string value: {value.GetRawText()}.");
                return null;
            }

            var name = value.GetString()!;
            if (!type.HasEnumValue(name))
            {
                Fail(value, $"Value \"{name}\" does not exist in \"{type.Name}\" enum.");
                return null;
            }

            return JsonValue.Create(name);
        }

        private JsonNode? BuiltInScalar(JsonElement value, string scalar)
        {
            switch (scalar)
            {
                case "Int":
                    if (value.ValueKind != JsonValueKind.Number || !IsIntegral(value, out var number))
                    {
                        Fail(value, $"Int cannot represent non-integer value: {value.GetRawText()}");
                        return null;
                    }

                    if (number is < int.MinValue or > int.MaxValue)
                    {
                        Fail(value, $"Int cannot represent non 32-bit signed integer value: {value.GetRawText()}");
                        return null;
                    }

                    return JsonValue.Create((int)number);
                case "Float":
                    if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var real) || !double.IsFinite(real))
                    {
                        Fail(value, $"Float cannot represent non numeric value: {value.GetRawText()}");
                        return null;
                    }

                    return JsonValue.Create(value);
                case "String":
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        Fail(value, $"String cannot represent a non string value: {value.GetRawText()}");
                        return null;
                    }

                    return JsonValue.Create(value.GetString());
                case "Boolean":
                    if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                    {
                        Fail(value, $"Boolean cannot represent a non boolean value: {value.GetRawText()}");
                        return null;
                    }

                    return JsonValue.Create(value.GetBoolean());
                default:
                    if (value.ValueKind == JsonValueKind.String)
                    {
                        return JsonValue.Create(value.GetString());
                    }

                    if (value.ValueKind == JsonValueKind.Number && IsIntegral(value, out var id))
                    {
                        return JsonValue.Create(id.ToString(CultureInfo.InvariantCulture));
                    }

                    Fail(value, $"ID cannot represent value: {value.GetRawText()}");
                    return null;
            }
        }

        /// <summary>
        /// A custom scalar's value as is. Objects and arrays are built eagerly (not as lazily initialised
        /// wrappers of the element) so the variables can be read by concurrent fetches.
        /// </summary>
        private static JsonNode? Passthrough(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    var result = new JsonObject();
                    foreach (var property in value.EnumerateObject())
                    {
                        result[property.Name] = property.Value.ValueKind == JsonValueKind.Null ? null : Passthrough(property.Value);
                    }

                    return result;
                case JsonValueKind.Array:
                    var array = new JsonArray();
                    foreach (var item in value.EnumerateArray())
                    {
                        array.Add(item.ValueKind == JsonValueKind.Null ? null : Passthrough(item));
                    }

                    return array;
                default:
                    return JsonValue.Create(value);
            }
        }

        /// <summary>Whether a JSON number is an integer (1 and 1.0 are; graphql-js accepts both) that fits a long.</summary>
        private static bool IsIntegral(JsonElement value, out double number)
        {
            if (value.TryGetInt64(out var integer))
            {
                number = integer;
                return true;
            }

            return value.TryGetDouble(out number) && double.IsFinite(number) && Math.Floor(number) == number;
        }

        private void Fail(JsonElement invalid, string detail)
        {
            Failed = true;
            if (errors.Count >= MaxErrors)
            {
                return;
            }

            var message = new StringBuilder("Variable \"$").Append(variableName).Append("\" got invalid value ")
                .Append(Truncate(invalid.GetRawText()));
            if (_path.Count > 0)
            {
                message.Append(" at \"").Append(variableName);
                foreach (var segment in _path)
                {
                    _ = segment is int index ? message.Append('[').Append(index).Append(']') : message.Append('.').Append(segment);
                }

                message.Append('"');
            }

            errors.Add(Error(message.Append("; ").Append(detail).ToString()));
        }

        private static string Truncate(string text) => text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 200), "…");
    }
}
