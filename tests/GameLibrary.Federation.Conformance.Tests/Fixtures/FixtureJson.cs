using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>JSON helpers of the fixture engine: value equality, and conversions from GraphQL.NET's CLR values and literals.</summary>
internal static class FixtureJson
{
    /// <summary>Compact output that keeps non-ASCII text readable (<c>$echoArgs</c> strings are compared by humans).</summary>
    public static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Value equality as GraphQL sees it: object members in any order, numbers by value (1 equals 1.0),
    /// everything else exactly.
    /// </summary>
    public static bool ValueEquals(JsonNode? left, JsonNode? right)
    {
        switch (left, right)
        {
            case (null, null):
                return true;
            case (JsonObject a, JsonObject b):
                return a.Count == b.Count
                    && a.All(member => b.TryGetPropertyValue(member.Key, out JsonNode? other) && ValueEquals(member.Value, other));
            case (JsonArray a, JsonArray b):
                return a.Count == b.Count && a.Zip(b).All(pair => ValueEquals(pair.First, pair.Second));
            case (JsonValue a, JsonValue b):
                return ScalarEquals(a, b);
            default:
                return false;
        }
    }

    /// <summary>True when two JSON scalars are equal (numbers compared by value).</summary>
    public static bool ScalarEquals(JsonValue left, JsonValue right)
    {
        JsonValueKind kind = left.GetValueKind();
        if (kind != right.GetValueKind())
        {
            return false;
        }

        return kind switch
        {
            JsonValueKind.Number => NumberEquals(left, right),
            JsonValueKind.String => left.GetValue<string>() == right.GetValue<string>(),
            _ => true, // true, false and null carry no further data
        };
    }

    /// <summary>Converts a value GraphQL.NET produced (coerced argument, variable, scalar) to JSON.</summary>
    public static JsonNode? FromClr(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        JsonElement element => JsonSerializer.SerializeToNode(element),
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int or long or short or byte or sbyte or ushort or uint or ulong or decimal or double or float =>
            JsonNode.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        BigInteger big => JsonNode.Parse(big.ToString(CultureInfo.InvariantCulture)),
        IDictionary<string, object?> map => new JsonObject(map.Select(entry => KeyValuePair.Create(entry.Key, FromClr(entry.Value)))),
        IEnumerable items => new JsonArray([.. items.Cast<object?>().Select(FromClr)]),
        IFormattable formattable => JsonValue.Create(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(value.ToString()),
    };

    /// <summary>Converts a GraphQL literal (an inline <c>_Any</c> or custom scalar argument) to JSON.</summary>
    public static JsonNode? FromLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => JsonValue.Create(text.Value.ToString()),
        GraphQLBooleanValue flag => JsonValue.Create(flag.BoolValue),
        GraphQLIntValue number => JsonNode.Parse(number.Value.ToString()),
        GraphQLFloatValue number => JsonNode.Parse(number.Value.ToString()),
        GraphQLEnumValue enumValue => JsonValue.Create(enumValue.Name.StringValue),
        GraphQLListValue list => new JsonArray([.. (list.Values ?? []).Select(FromLiteral)]),
        GraphQLObjectValue map => new JsonObject((map.Fields ?? []).Select(field => KeyValuePair.Create(field.Name.StringValue, FromLiteral(field.Value)))),
        _ => throw new FixtureException($"A {value.Kind} cannot be read as a JSON value."),
    };

    /// <summary>
    /// Reads every node once. Parsed <see cref="JsonObject"/>s build their member dictionaries lazily, which is not
    /// safe when concurrent requests touch the same data for the first time.
    /// </summary>
    public static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject map:
                foreach (KeyValuePair<string, JsonNode?> member in map)
                {
                    Materialize(member.Value);
                }

                break;
            case JsonArray list:
                foreach (JsonNode? item in list)
                {
                    Materialize(item);
                }

                break;
        }
    }

    /// <summary>The value's kind, with a missing node read as JSON null.</summary>
    public static JsonValueKind KindOf(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    private static bool NumberEquals(JsonValue left, JsonValue right)
    {
        string a = left.ToJsonString();
        string b = right.ToJsonString();
        if (a == b)
        {
            return true;
        }

        const NumberStyles Style = NumberStyles.Float;
        return decimal.TryParse(a, Style, CultureInfo.InvariantCulture, out decimal x) && decimal.TryParse(b, Style, CultureInfo.InvariantCulture, out decimal y)
            ? x == y
            : double.Parse(a, Style, CultureInfo.InvariantCulture) == double.Parse(b, Style, CultureInfo.InvariantCulture);
    }
}
