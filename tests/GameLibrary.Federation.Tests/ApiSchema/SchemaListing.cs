using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace GameLibrary.Federation.Tests.Api;

/// <summary>
/// A canonical, order-independent listing of what a schema document exposes to clients (types, fields,
/// arguments with defaults, enum values, input fields, union members, implementations, descriptions,
/// deprecations, specifiedBy) — used to compare our API schema with Apollo's for the same supergraph
/// regardless of definition order and printing style. Directive definitions are not listed.
/// </summary>
internal static class SchemaListing
{
    public static List<string> Of(GraphQLDocument document)
    {
        var lines = new List<string>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLObjectTypeDefinition objectType:
                    Type(lines, "type", objectType.Name, objectType.Description, objectType.Interfaces);
                    Fields(lines, objectType.Name.StringValue, objectType.Fields);
                    break;
                case GraphQLInterfaceTypeDefinition interfaceType:
                    Type(lines, "interface", interfaceType.Name, interfaceType.Description, interfaceType.Interfaces);
                    Fields(lines, interfaceType.Name.StringValue, interfaceType.Fields);
                    break;
                case GraphQLUnionTypeDefinition union:
                    Type(lines, "union", union.Name, union.Description, null);
                    lines.Add($"union {union.Name.StringValue} = {string.Join(" | ", union.Types!.Items.Select(t => t.Name.StringValue).Order(StringComparer.Ordinal))}");
                    break;
                case GraphQLEnumTypeDefinition enumType:
                    Type(lines, "enum", enumType.Name, enumType.Description, null);
                    foreach (var value in enumType.Values!.Items)
                    {
                        var coordinate = $"{enumType.Name.StringValue}.{value.Name.StringValue}";
                        lines.Add("value " + coordinate + Deprecation(value.Directives));
                        Describe(lines, coordinate, value.Description);
                    }

                    break;
                case GraphQLInputObjectTypeDefinition inputType:
                    Type(lines, "input", inputType.Name, inputType.Description, null);
                    foreach (var field in inputType.Fields!.Items)
                    {
                        InputValue(lines, $"{inputType.Name.StringValue}.{field.Name.StringValue}", field);
                    }

                    break;
                case GraphQLScalarTypeDefinition scalar:
                    Type(lines, "scalar", scalar.Name, scalar.Description, null);
                    var specifiedBy = scalar.Directives?.Items.FirstOrDefault(d => d.Name.StringValue == "specifiedBy");
                    if (specifiedBy is not null)
                    {
                        lines.Add($"specifiedBy {scalar.Name.StringValue} {Print(specifiedBy.Arguments!.Items[0].Value)}");
                    }

                    break;
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static void Type(List<string> lines, string kind, GraphQLName name, GraphQLDescription? description, GraphQLImplementsInterfaces? interfaces)
    {
        var implements = interfaces is null ? string.Empty : " implements " + string.Join(" & ", interfaces.Items.Select(i => i.Name.StringValue).Order(StringComparer.Ordinal));
        lines.Add($"{kind} {name.StringValue}{implements}");
        Describe(lines, name.StringValue, description);
    }

    private static void Fields(List<string> lines, string typeName, GraphQLFieldsDefinition? fields)
    {
        foreach (var field in fields!.Items)
        {
            var coordinate = $"{typeName}.{field.Name.StringValue}";
            lines.Add($"field {coordinate}: {Print(field.Type)}{Deprecation(field.Directives)}");
            Describe(lines, coordinate, field.Description);
            foreach (var argument in field.Arguments?.Items ?? [])
            {
                InputValue(lines, $"{coordinate}({argument.Name.StringValue}:)", argument);
            }
        }
    }

    private static void InputValue(List<string> lines, string coordinate, GraphQLInputValueDefinition value)
    {
        var defaultValue = value.DefaultValue is null ? string.Empty : " = " + Print(value.DefaultValue);
        lines.Add($"input value {coordinate}: {Print(value.Type)}{defaultValue}{Deprecation(value.Directives)}");
        Describe(lines, coordinate, value.Description);
    }

    private static void Describe(List<string> lines, string coordinate, GraphQLDescription? description)
    {
        if (description is not null)
        {
            lines.Add($"description {coordinate}: {description.Value}");
        }
    }

    private static string Deprecation(GraphQLDirectives? directives)
    {
        var deprecated = directives?.Items.FirstOrDefault(d => d.Name.StringValue == "deprecated");
        return deprecated is null ? string.Empty : " deprecated " + string.Join(", ", deprecated.Arguments?.Items.Select(a => Print(a.Value)) ?? []);
    }

    private static string Print(ASTNode node) => new SDLPrinter().Print(node);
}
