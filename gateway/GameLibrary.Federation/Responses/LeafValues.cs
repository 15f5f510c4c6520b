using System.Globalization;
using System.Text.Json;

using GameLibrary.Federation.Api;
using GameLibrary.Federation.Execution;

namespace GameLibrary.Federation.Responses;

/// <summary>
/// Result coercion of leaf values, as a single graphql-js server would serialize the merged subgraph data:
/// the five built-in scalars are checked and coerced leniently the way graphql-js does (an integral 2.0 is
/// the Int 2, a number is a valid String, an integer a valid ID), enum values must exist in the API schema
/// (an @inaccessible value, or one only some subgraph knows, is an error), custom scalars pass through.
/// A value that needs no coercion is written as the subgraph sent it (<see cref="ResultValue.WriteTo"/>).
/// </summary>
internal static class LeafValues
{
    /// <summary>Whether the value serializes as the type; otherwise <paramref name="error"/> says why (graphql-js's message).</summary>
    public static bool IsValid(ResultValue value, ApiType type, out string? error)
    {
        error = null;
        if (type.Kind == ApiTypeKind.Enum)
        {
            if (value.TryGetString(out var name) && type.HasEnumValue(name))
            {
                return true;
            }

            // A string naming no API value is typically an @inaccessible value, which must stay invisible.
            error = value.Kind == JsonValueKind.String
                ? $"Enum \"{type.Name}\" cannot represent a value that is not in the API schema."
                : $"Enum \"{type.Name}\" cannot represent value: {Inspect(value)}";
            return false;
        }

        if (!type.IsBuiltInScalar)
        {
            return true;
        }

        var valid = type.Name switch
        {
            "Int" => TryInt(value, out _, out error),
            "Float" => TryFloat(value, out _) || Fail($"Float cannot represent non numeric value: {Inspect(value)}", out error),
            "String" => value.Kind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
                || Fail($"String cannot represent value: {Inspect(value)}", out error),
            "Boolean" => TryBoolean(value, out _) || Fail($"Boolean cannot represent a non boolean value: {Inspect(value)}", out error),
            _ => value.Kind == JsonValueKind.String || TryIntegral(value, out _) || Fail($"ID cannot represent value: {Inspect(value)}", out error),
        };
        return valid;
    }

    /// <summary>Writes a value that <see cref="IsValid"/> accepted, coerced to the type's representation.</summary>
    public static void Write(Utf8JsonWriter writer, ResultValue value, ApiType type)
    {
        if (!type.IsBuiltInScalar)
        {
            value.WriteTo(writer);
            return;
        }

        var kind = value.Kind;
        switch (type.Name)
        {
            case "Int":
                if (value.TryGetInt32(out _))
                {
                    value.WriteTo(writer);
                }
                else
                {
                    _ = TryInt(value, out var integer, out _);
                    writer.WriteNumberValue(integer);
                }

                break;
            case "Float":
                if (kind == JsonValueKind.Number)
                {
                    value.WriteTo(writer);
                }
                else
                {
                    _ = TryFloat(value, out var real);
                    writer.WriteNumberValue(real);
                }

                break;
            case "Boolean":
                _ = TryBoolean(value, out var flag);
                writer.WriteBooleanValue(flag);
                break;
            default:
                // String and ID: strings as they are; numbers and booleans by their JSON text.
                if (kind == JsonValueKind.String)
                {
                    value.WriteTo(writer);
                }
                else
                {
                    writer.WriteStringValue(value.ToJsonString());
                }

                break;
        }
    }

    private static bool TryInt(ResultValue value, out int result, out string? error)
    {
        error = null;
        if (value.TryGetInt32(out result))
        {
            return true;
        }

        double real;
        switch (value.Kind)
        {
            case JsonValueKind.True or JsonValueKind.False:
                result = value.Kind == JsonValueKind.True ? 1 : 0;
                return true;
            case JsonValueKind.Number:
                _ = value.TryGetDouble(out real);
                break;
            case JsonValueKind.String when value.TryGetString(out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out real):
                break;
            default:
                return Fail($"Int cannot represent non-integer value: {Inspect(value)}", out error);
        }

        if (!double.IsFinite(real) || Math.Floor(real) != real)
        {
            return Fail($"Int cannot represent non-integer value: {Inspect(value)}", out error);
        }

        if (real is > int.MaxValue or < int.MinValue)
        {
            return Fail($"Int cannot represent non 32-bit signed integer value: {Inspect(value)}", out error);
        }

        result = (int)real;
        return true;
    }

    private static bool TryFloat(ResultValue value, out double result)
    {
        result = 0;
        switch (value.Kind)
        {
            case JsonValueKind.Number:
                return value.TryGetDouble(out result) && double.IsFinite(result);
            case JsonValueKind.True:
                result = 1;
                return true;
            case JsonValueKind.False:
                return true;
            case JsonValueKind.String:
                _ = value.TryGetString(out var text);
                return text.Length > 0 && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out result) && double.IsFinite(result);
            default:
                return false;
        }
    }

    private static bool TryBoolean(ResultValue value, out bool result)
    {
        result = false;
        switch (value.Kind)
        {
            case JsonValueKind.True:
                result = true;
                return true;
            case JsonValueKind.False:
                return true;
            case JsonValueKind.Number when TryFloat(value, out var number):
                result = number != 0;
                return true;
            default:
                return false;
        }
    }

    private static bool TryIntegral(ResultValue value, out double result) =>
        TryFloat(value, out result) && value.Kind == JsonValueKind.Number && Math.Floor(result) == result;

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }

    private static string Inspect(ResultValue value)
    {
        var text = value.ToJsonString();
        return text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 200), "…");
    }
}
