using System.Text.Json.Nodes;

using GraphQLParser;
using GraphQLParser.AST;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>A federation <c>FieldSet</c> (the <c>fields</c> of <c>@key</c> or <c>@requires</c>) and projections of JSON onto it.</summary>
internal sealed class FieldSet
{
    private readonly GraphQLSelectionSet _selection;

    private FieldSet(string text, GraphQLSelectionSet selection)
    {
        Text = text;
        _selection = selection;
    }

    /// <summary>The field set as written in the SDL.</summary>
    public string Text { get; }

    public static FieldSet Parse(string text)
    {
        GraphQLDocument document = Parser.Parse("{" + text + "}");
        return new FieldSet(text, ((GraphQLOperationDefinition)document.Definitions[0]).SelectionSet);
    }

    /// <summary>
    /// Copies the selected fields of <paramref name="value"/>. A selected field absent from an object is null when
    /// <paramref name="missingIsNull"/> (records store only what they have), else the projection fails
    /// (a representation must carry every field of the set). <paramref name="resolve"/> dereferences stored
    /// <c>$ref</c> values before they are read.
    /// </summary>
    public bool TryProject(JsonNode? value, bool missingIsNull, Func<JsonNode?, JsonNode?> resolve, out JsonNode? projection) =>
        TryProject(value, _selection, missingIsNull, resolve, out projection);

    public override string ToString() => Text;

    private static bool TryProject(JsonNode? value, GraphQLSelectionSet selection, bool missingIsNull, Func<JsonNode?, JsonNode?> resolve, out JsonNode? projection)
    {
        value = resolve(value);
        switch (value)
        {
            case JsonArray items:
                JsonArray projected = [];
                foreach (JsonNode? item in items)
                {
                    if (!TryProject(item, selection, missingIsNull, resolve, out JsonNode? itemProjection))
                    {
                        projection = null;
                        return false;
                    }

                    projected.Add(itemProjection);
                }

                projection = projected;
                return true;
            case JsonObject record:
                JsonObject target = [];
                bool complete = TryProjectObject(record, selection, missingIsNull, resolve, target);
                projection = target;
                return complete;
            default:
                // A leaf, or null where an object was expected: nothing below it to select.
                projection = value?.DeepClone();
                return true;
        }
    }

    private static JsonObject Literals(GraphQLArguments arguments)
    {
        JsonObject values = [];
        foreach (GraphQLArgument argument in arguments.Items)
        {
            values[argument.Name.StringValue] = argument.Value switch
            {
                GraphQLStringValue text => JsonValue.Create(text.Value.ToString()),
                GraphQLEnumValue enumValue => JsonValue.Create(enumValue.Name.StringValue),
                GraphQLBooleanValue boolean => JsonValue.Create(boolean.BoolValue),
                GraphQLIntValue number => JsonValue.Create(long.Parse(number.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture)),
                GraphQLNullValue => null,
                _ => throw new FixtureException($"Field set argument {argument.Name.StringValue}: only scalar literals are supported."),
            };
        }

        return values;
    }

    private static bool TryProjectObject(JsonObject record, GraphQLSelectionSet selection, bool missingIsNull, Func<JsonNode?, JsonNode?> resolve, JsonObject target)
    {
        foreach (ASTNode node in selection.Selections)
        {
            switch (node)
            {
                case GraphQLField field:
                    string name = field.Name.StringValue;
                    if (!record.TryGetPropertyValue(name, out JsonNode? fieldValue) && !missingIsNull)
                    {
                        return false;
                    }

                    // A stored value that depends on arguments: the field set's literal arguments pick it.
                    if (field.Arguments is { Count: > 0 } arguments && fieldValue is JsonObject operation
                        && operation.TryGetPropertyValue("$args", out JsonNode? cases))
                    {
                        fieldValue = FixtureValues.SelectByArguments(cases, operation["$default"], Literals(arguments));
                    }

                    if (field.SelectionSet is null)
                    {
                        target[name] = resolve(fieldValue)?.DeepClone();
                    }
                    else if (TryProject(fieldValue, field.SelectionSet, missingIsNull, resolve, out JsonNode? child))
                    {
                        target[name] = child;
                    }
                    else
                    {
                        return false;
                    }

                    break;
                case GraphQLInlineFragment fragment:
                    string? condition = fragment.TypeCondition?.Type.Name.StringValue;
                    string? typeName = record["__typename"] is JsonValue typeValue ? typeValue.GetValue<string>() : null;
                    if ((condition is null || typeName is null || condition == typeName)
                        && !TryProjectObject(record, fragment.SelectionSet, missingIsNull, resolve, target))
                    {
                        return false;
                    }

                    break;
                default:
                    throw new FixtureException($"A field set cannot hold a {node.Kind}.");
            }
        }

        return true;
    }
}
