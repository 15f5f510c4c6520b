using System.Text.Json;
using System.Text.RegularExpressions;

using GraphQLParser;
using GraphQLParser.AST;

namespace GameLibrary.Federation.Tests.Composition;

/// <summary>
/// Reduces a supergraph SDL to what it means, one line per element, sorted: types, fields, arguments, enum values and
/// the set of directive applications of each (arguments sorted). Printing order, line breaks and description
/// formatting disappear, and so does the second <c>@link</c> to link/v1.0 The Guild emits.
/// </summary>
public static partial class SupergraphNormalizer
{
    /// <param name="sdl">The supergraph.</param>
    /// <param name="withSpecDefinitions">
    /// False leaves out the definitions of the join and link machinery (<c>@join__*</c>, <c>join__FieldSet</c>, ...),
    /// which composers print for different join versions; <c>join__Graph</c> and every application stay.
    /// </param>
    public static string Normalize(string sdl, bool withSpecDefinitions = true)
    {
        var document = Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.All });
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLSchemaDefinition schema:
                    foreach (var operation in schema.OperationTypes)
                    {
                        lines.Add($"schema {operation.Operation.ToString().ToLowerInvariant()}: {operation.Type!.Name.StringValue}");
                    }

                    foreach (var directive in Directives(schema.Directives).Where(d => !d.StartsWith("@link(import: [\"@link\"], url: \"https://specs.apollo.dev/link/v1.0\")", StringComparison.Ordinal)))
                    {
                        lines.Add("schema " + directive);
                    }

                    break;
                case GraphQLDirectiveDefinition directive when withSpecDefinitions || !IsSpecName(directive.Name.StringValue):
                    lines.Add($"directive @{directive.Name.StringValue}{Arguments(directive.Arguments?.Items)}{(directive.Repeatable ? " repeatable" : "")} on "
                        + string.Join(" | ", directive.Locations.Items.Select(l => l.ToString()).Order(StringComparer.Ordinal)));
                    break;
                case GraphQLTypeDefinition type when withSpecDefinitions || !IsSpecName(type.Name.StringValue) || type.Name.StringValue == "join__Graph":
                    AddType(lines, type);
                    break;
            }
        }

        return string.Join("\n", lines);
    }

    private static bool IsSpecName(string name) =>
        name.StartsWith("join__", StringComparison.Ordinal) || name.StartsWith("link", StringComparison.Ordinal);

    private static void AddType(SortedSet<string> lines, GraphQLTypeDefinition type)
    {
        var name = type.Name.StringValue;
        var interfaces = ((type as IHasInterfacesNode)?.Interfaces?.Items ?? []).Select(i => i.Name.StringValue).Order(StringComparer.Ordinal).ToList();
        var members = (type is GraphQLUnionTypeDefinition { Types: { } types } ? types.Items : []).Select(m => m.Name.StringValue).Order(StringComparer.Ordinal).ToList();
        lines.Add($"{type.Kind} {name}{Description(type)}"
            + (interfaces.Count > 0 ? " implements " + string.Join(" & ", interfaces) : "")
            + (members.Count > 0 ? " = " + string.Join(" | ", members) : ""));
        foreach (var directive in Directives((type as IHasDirectivesNode)?.Directives))
        {
            lines.Add($"{name} {directive}");
        }

        foreach (var field in (type as IHasFieldsDefinitionNode)?.Fields?.Items ?? [])
        {
            var coordinate = $"{name}.{field.Name.StringValue}";
            lines.Add($"{coordinate}: {Print(field.Type)}{Description(field)}");
            foreach (var directive in Directives(field.Directives))
            {
                lines.Add($"{coordinate} {directive}");
            }

            foreach (var argument in field.Arguments?.Items ?? [])
            {
                AddInputValue(lines, $"{coordinate}({argument.Name.StringValue}:)", argument);
            }
        }

        var inputFields = type is GraphQLInputObjectTypeDefinition input ? input.Fields?.Items ?? [] : [];
        foreach (var field in inputFields)
        {
            AddInputValue(lines, $"{name}.{field.Name.StringValue}", field);
        }

        var values = type is GraphQLEnumTypeDefinition enumType ? enumType.Values?.Items ?? [] : [];
        foreach (var value in values)
        {
            var coordinate = $"{name}.{value.Name.StringValue}";
            lines.Add($"{coordinate}{Description(value)}");
            foreach (var directive in Directives(value.Directives))
            {
                lines.Add($"{coordinate} {directive}");
            }
        }
    }

    private static void AddInputValue(SortedSet<string> lines, string coordinate, GraphQLInputValueDefinition value)
    {
        lines.Add($"{coordinate}: {Print(value.Type)}{(value.DefaultValue is null ? "" : " = " + Print(value.DefaultValue))}{Description(value)}");
        foreach (var directive in Directives(value.Directives))
        {
            lines.Add($"{coordinate} {directive}");
        }
    }

    private static string Description(ASTNode node) =>
        node is IHasDescriptionNode { Description: { } description }
            ? " \"" + string.Join(' ', ((string)description.Value).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)) + "\""
            : "";

    /// <summary>Each application printed with sorted arguments; identical applications count once.</summary>
    private static IEnumerable<string> Directives(GraphQLDirectives? directives) =>
        (directives?.Items ?? [])
            .Select(d => "@" + d.Name.StringValue + (d.Arguments is { Count: > 0 } arguments
                ? "(" + string.Join(", ", arguments.Items.OrderBy(a => a.Name.StringValue, StringComparer.Ordinal).Select(a => $"{a.Name.StringValue}: {Argument(d, a)}")) + ")"
                : ""))
            .Distinct();

    /// <summary>Field sets (<c>key</c>, <c>requires</c>, <c>provides</c>) compare by their tokens: <c>"a { b(c: 1) }"</c> is <c>"a{b(c:1)}"</c>.</summary>
    private static string Argument(GraphQLDirective directive, GraphQLArgument argument)
    {
        if (!directive.Name.StringValue.StartsWith("join__", StringComparison.Ordinal)
            || argument.Name.StringValue is not ("key" or "requires" or "provides")
            || argument.Value is not GraphQLStringValue fieldSet)
        {
            return Print(argument.Value);
        }

        var tokens = FieldSetToken().Matches((string)fieldSet.Value).Select(m => m.Value).ToList();
        var text = string.Concat(tokens.Select((t, i) => i > 0 && IsWord(tokens[i - 1]) && IsWord(t) ? " " + t : t));
        return JsonSerializer.Serialize(text);

        static bool IsWord(string token) => char.IsLetterOrDigit(token[0]) || token[0] is '_' or '-' or '"';
    }

    [GeneratedRegex(@"\.\.\.|[{}():!$\[\]=@]|""(?:[^""\\]|\\.)*""|[^\s,{}():!$\[\]=@""]+")]
    private static partial Regex FieldSetToken();

    private static string Arguments(List<GraphQLInputValueDefinition>? arguments) =>
        arguments is null or { Count: 0 }
            ? ""
            : "(" + string.Join(", ", arguments.Select(a => $"{a.Name.StringValue}: {Print(a.Type)}{(a.DefaultValue is null ? "" : " = " + Print(a.DefaultValue))}")) + ")";

    private static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Print(nonNull.Type) + "!",
        GraphQLListType list => "[" + Print(list.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new ArgumentException($"Unexpected type node {type.Kind}.", nameof(type)),
    };

    private static string Print(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => JsonSerializer.Serialize((string)s.Value),
        GraphQLListValue l => "[" + string.Join(", ", (l.Values ?? []).Select(Print)) + "]",
        GraphQLObjectValue o => "{" + string.Join(", ", (o.Fields ?? []).OrderBy(f => f.Name.StringValue, StringComparer.Ordinal).Select(f => $"{f.Name.StringValue}: {Print(f.Value)}")) + "}",
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLBooleanValue b => b.BoolValue ? "true" : "false",
        GraphQLNullValue => "null",
        GraphQLIntValue i => (string)i.Value,
        GraphQLFloatValue f => (string)f.Value,
        _ => throw new ArgumentException($"Unexpected value node {value.Kind}.", nameof(value)),
    };
}
