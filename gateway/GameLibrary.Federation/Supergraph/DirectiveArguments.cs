using GraphQLParser.AST;

namespace GameLibrary.Federation.Supergraph;

/// <summary>Reads literal directive arguments of the supergraph SDL.</summary>
internal static class DirectiveArguments
{
    /// <summary>The argument's value node, or null when absent.</summary>
    public static GraphQLValue? Get(GraphQLDirective directive, string name)
    {
        if (directive.Arguments is null)
        {
            return null;
        }

        foreach (var argument in directive.Arguments.Items)
        {
            if (argument.Name == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>A string argument, or null when absent or null.</summary>
    public static string? GetString(GraphQLDirective directive, string name) =>
        Get(directive, name) is GraphQLStringValue s ? s.Value.ToString() : null;

    /// <summary>An enum argument's value name, or null when absent or null.</summary>
    public static string? GetEnum(GraphQLDirective directive, string name) =>
        Get(directive, name) is GraphQLEnumValue e ? e.Name.StringValue : null;

    /// <summary>A boolean argument, or <paramref name="defaultValue"/> when absent or null.</summary>
    public static bool GetBool(GraphQLDirective directive, string name, bool defaultValue = false) =>
        Get(directive, name) is GraphQLBooleanValue b ? b.BoolValue : defaultValue;

    /// <summary>The directives with the given name.</summary>
    public static IEnumerable<GraphQLDirective> Named(GraphQLDirectives? directives, string name)
    {
        if (directives is null)
        {
            yield break;
        }

        foreach (var directive in directives.Items)
        {
            if (directive.Name == name)
            {
                yield return directive;
            }
        }
    }
}
