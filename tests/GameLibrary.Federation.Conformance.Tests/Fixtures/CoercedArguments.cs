using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;

using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>
/// A field's coerced arguments as JSON, the way the subgraph received them: defaults applied, IDs as strings, enums
/// by name, input object fields in their type's order. What <c>$args</c> matches and <c>$echoArgs</c> prints.
/// </summary>
internal static class CoercedArguments
{
    public static JsonObject Read(IResolveFieldContext context)
    {
        JsonObject arguments = [];
        foreach (QueryArgument argument in (IEnumerable<QueryArgument>?)context.FieldDefinition.Arguments ?? [])
        {
            // GraphQL.NET reports an argument that got neither a value nor a default as a null "field default";
            // the spec's CoerceArgumentValues leaves it out.
            if (context.Arguments?.TryGetValue(argument.Name, out ArgumentValue value) == true
                && !(value.Source == ArgumentSource.FieldDefault && argument.DefaultValue is null))
            {
                arguments[argument.Name] = ToJson(value.Value, argument.ResolvedType!);
            }
        }

        return arguments;
    }

    private static JsonNode? ToJson(object? value, IGraphType type)
    {
        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case NonNullGraphType nonNull:
                return ToJson(value, nonNull.ResolvedType!);
            case ListGraphType list:
                return value is IEnumerable items and not string
                    ? new JsonArray([.. items.Cast<object?>().Select(item => ToJson(item, list.ResolvedType!))])
                    : new JsonArray(ToJson(value, list.ResolvedType!));
            case IInputObjectGraphType input when value is IDictionary<string, object?> fields:
                JsonObject result = [];
                foreach (FieldType field in input.Fields)
                {
                    if (fields.TryGetValue(field.Name, out object? fieldValue))
                    {
                        result[field.Name] = ToJson(fieldValue, field.ResolvedType!);
                    }
                }

                return result;
            case IdGraphType:
                return JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture));
            case EnumerationGraphType enumeration:
                return JsonValue.Create(value as string ?? enumeration.Values.FindByValue(value)?.Name ?? value.ToString());
            default:
                return FixtureJson.FromClr(value);
        }
    }
}
