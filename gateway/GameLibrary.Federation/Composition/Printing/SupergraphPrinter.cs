using GameLibrary.Federation.Composition.Model;

namespace GameLibrary.Federation.Composition.Printing;

/// <summary>
/// Prints a supergraph the way Apollo's composition does: the schema definition, then directive definitions and types
/// sorted by name, type-level directives one per line, members in merge order.
/// </summary>
internal static class SupergraphPrinter
{
    private const string Indent = "  ";

    public static string Print(Schema schema)
    {
        var definitions = new List<string> { PrintSchemaDefinition(schema) };
        definitions.AddRange(schema.DirectiveDefinitions.Values.OrderBy(d => d.Name, NameComparer.Instance).Select(PrintDirectiveDefinition));
        definitions.AddRange(schema.Types.Values.OrderBy(t => t.Name, NameComparer.Instance).Select(PrintType));
        return string.Join("\n\n", definitions) + "\n";
    }

    private static string PrintSchemaDefinition(Schema schema)
    {
        var roots = Enum.GetValues<RootKind>()
            .Where(schema.Roots.ContainsKey)
            .Select(k => $"{Indent}{k.ToString().ToLowerInvariant()}: {schema.Roots[k]}")
            .ToList();
        return BlockString.Description(schema.Description)
            + "schema"
            + Directives(schema.Directives, onNewLines: true, endWithNewLine: roots.Count > 0)
            + (schema.Directives.Count == 0 ? " " : "")
            + (roots.Count == 0 ? "" : "{\n" + string.Join("\n", roots) + "\n}");
    }

    private static string PrintDirectiveDefinition(DirectiveDefinition directive) =>
        BlockString.Description(directive.Description)
        + $"directive @{directive.Name}{Arguments(directive.Arguments.Values.ToList(), "")}{(directive.Repeatable ? " repeatable" : "")} on {string.Join(" | ", directive.Locations)}";

    private static string PrintType(TypeDefinition type)
    {
        var head = BlockString.Description(type.Description);
        switch (type.Kind)
        {
            case TypeKind.Scalar:
                return head + "scalar " + type.Name + Directives(type.Directives, onNewLines: true, endWithNewLine: false);
            case TypeKind.Union:
                return head + "union " + type.Name
                    + Directives(type.Directives, onNewLines: true, endWithNewLine: type.Members.Count > 0)
                    + (type.Members.Count > 0 ? " = " + string.Join(" | ", type.Members) : "");
            case TypeKind.Enum:
                var values = type.Values.Values.Select((v, i) =>
                    BlockString.Description(v.Description, Indent, i == 0) + Indent + v.Name + Directives(v.Directives, onNewLines: false)).ToList();
                return head + "enum " + type.Name + Members(type.Directives, values);
            case TypeKind.InputObject:
                var inputFields = type.InputFields.Values.Select((f, i) =>
                    BlockString.Description(f.Description, Indent, i == 0) + Indent + InputValue(f) + Directives(f.Directives, onNewLines: false)).ToList();
                return head + "input " + type.Name + Members(type.Directives, inputFields);
            default:
                var fields = type.Fields.Values.Select((f, i) =>
                    BlockString.Description(f.Description, Indent, i == 0) + Indent
                    + $"{f.Name}{Arguments(f.Arguments.Values.ToList(), Indent)}: {f.Type}"
                    + Directives(f.Directives, onNewLines: false)).ToList();
                var implements = type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces) : "";
                return head + (type.Kind == TypeKind.Interface ? "interface " : "type ") + type.Name + implements + Members(type.Directives, fields);
        }
    }

    private static string Members(List<AppliedDirective> directives, List<string> members) =>
        Directives(directives, onNewLines: true, endWithNewLine: members.Count > 0)
        + (directives.Count == 0 && members.Count > 0 ? " " : "")
        + (members.Count > 0 ? "{\n" + string.Join("\n", members) + "\n}" : "");

    private static string Directives(List<AppliedDirective> directives, bool onNewLines, bool endWithNewLine = false)
    {
        if (directives.Count == 0)
        {
            return "";
        }

        return onNewLines
            ? "\n" + Indent + string.Join("\n" + Indent, directives) + (endWithNewLine ? "\n" : "")
            : " " + string.Join(" ", directives);
    }

    private static string Arguments(List<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(a => InputValue(a) + Directives(a.Directives, onNewLines: false))) + ")";
        }

        var lines = arguments.Select((a, i) =>
            BlockString.Description(a.Description, Indent + indentation, i == 0) + Indent + indentation + InputValue(a) + Directives(a.Directives, onNewLines: false));
        return "(\n" + string.Join("\n", lines) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value) =>
        value.DefaultValue is null ? $"{value.Name}: {value.Type}" : $"{value.Name}: {value.Type} = {value.DefaultValue}";
}
