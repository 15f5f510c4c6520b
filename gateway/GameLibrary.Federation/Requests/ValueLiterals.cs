using System.Globalization;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Api;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// Converts constant GraphQL literals (default values of variables, arguments and input fields) to the
/// JSON the gateway forwards, following the input type: enum values become strings, IDs strings, a single
/// value in a list position a one-item list, and input objects get their fields' defaults. The literals
/// have been validated, so the conversion does not re-check them.
/// </summary>
internal static class ValueLiterals
{
    /// <summary>The JSON value of a constant literal of the given type (null for the null literal).</summary>
    public static JsonNode? ToJson(GraphQLValue literal, ApiTypeRef type)
    {
        if (literal is GraphQLNullValue)
        {
            return null;
        }

        var nullable = type.Nullable;
        if (nullable.IsList)
        {
            var array = new JsonArray();
            if (literal is GraphQLListValue list)
            {
                foreach (var item in list.Values ?? [])
                {
                    array.Add(ToJson(item, nullable.OfType!));
                }
            }
            else
            {
                array.Add(ToJson(literal, nullable.OfType!));
            }

            return array;
        }

        var named = nullable.NamedType;
        return named.Kind switch
        {
            ApiTypeKind.InputObject when literal is GraphQLObjectValue objectValue => InputObject(objectValue, named),
            ApiTypeKind.Scalar when named.Name == "ID" && literal is GraphQLIntValue id => JsonValue.Create(id.Value.ToString()),
            ApiTypeKind.Scalar when named.Name == "Float" && literal is GraphQLIntValue number => Number(number.Value.ToString()),
            _ => Untyped(literal),
        };
    }

    /// <summary>The JSON value of a literal without a type to guide it (custom scalars).</summary>
    public static JsonNode? Untyped(GraphQLValue literal)
    {
        switch (literal)
        {
            case GraphQLNullValue:
                return null;
            case GraphQLIntValue or GraphQLFloatValue:
                return Number(literal is GraphQLIntValue i ? i.Value.ToString() : ((GraphQLFloatValue)literal).Value.ToString());
            case GraphQLStringValue text:
                return JsonValue.Create(text.Value.ToString());
            case GraphQLBooleanValue boolean:
                return JsonValue.Create(boolean.BoolValue);
            case GraphQLEnumValue enumValue:
                return JsonValue.Create(enumValue.Name.StringValue);
            case GraphQLListValue list:
                var array = new JsonArray();
                foreach (var item in list.Values ?? [])
                {
                    array.Add(Untyped(item));
                }

                return array;
            case GraphQLObjectValue objectValue:
                var result = new JsonObject();
                foreach (var field in objectValue.Fields ?? [])
                {
                    result[field.Name.StringValue] = Untyped(field.Value);
                }

                return result;
            default:
                throw new ArgumentException($"{literal.Kind} is not a constant value.", nameof(literal));
        }
    }

    private static JsonObject InputObject(GraphQLObjectValue literal, ApiType type)
    {
        var result = new JsonObject();
        foreach (var field in type.InputFields)
        {
            var given = literal.Fields?.FirstOrDefault(f => f.Name.StringValue == field.Name);
            if (given is not null)
            {
                result[field.Name] = ToJson(given.Value, field.Type);
            }
            else if (field.DefaultValue is not null)
            {
                result[field.Name] = ToJson(field.DefaultValue, field.Type);
            }
        }

        return result;
    }

    /// <summary>A number literal as JSON, keeping its digits (integers that fit are stored as such).</summary>
    private static JsonNode Number(string digits)
    {
        if (long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        return JsonNode.Parse(digits)!;
    }
}
