using System.Globalization;
using System.Text;
using GraphQLParser.AST;

namespace GameLibrary.Federation.Planning.Selections;

/// <summary>Prints values, arguments, directives and types of executable documents, and collects the variables they use.</summary>
internal static class GraphQLPrinter
{
    /// <summary>Prints <c>(name: value, …)</c>, or an empty string when there are no arguments.</summary>
    public static string Arguments(GraphQLArguments? arguments)
    {
        if (arguments is null || arguments.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder("(");
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(arguments[i].Name.StringValue).Append(": ");
            Value(arguments[i].Value, text);
        }

        return text.Append(')').ToString();
    }

    /// <summary>Prints directives as <c> @a(x: 1) @b</c> (leading space), or an empty string.</summary>
    public static string Directives(IReadOnlyList<GraphQLDirective> directives)
    {
        if (directives.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var directive in directives)
        {
            text.Append(" @").Append(directive.Name.StringValue).Append(Arguments(directive.Arguments));
        }

        return text.ToString();
    }

    /// <summary>Prints a type reference (<c>[Int!]!</c>).</summary>
    public static string Type(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Type(nonNull.Type) + "!",
        GraphQLListType list => "[" + Type(list.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "unknown type node"),
    };

    /// <summary>Prints a value literal.</summary>
    public static string Value(GraphQLValue value)
    {
        var text = new StringBuilder();
        Value(value, text);
        return text.ToString();
    }

    /// <summary>Adds the names of the variables a node uses (arguments, directives, nested values).</summary>
    public static void CollectVariables(GraphQLArguments? arguments, ICollection<string> names)
    {
        if (arguments is null)
        {
            return;
        }

        foreach (var argument in arguments.Items)
        {
            CollectVariables(argument.Value, names);
        }
    }

    /// <summary>Adds the names of the variables the directives use.</summary>
    public static void CollectVariables(IReadOnlyList<GraphQLDirective> directives, ICollection<string> names)
    {
        foreach (var directive in directives)
        {
            CollectVariables(directive.Arguments, names);
        }
    }

    private static void CollectVariables(GraphQLValue value, ICollection<string> names)
    {
        switch (value)
        {
            case GraphQLVariable variable:
                var name = variable.Name.StringValue;
                if (!names.Contains(name))
                {
                    names.Add(name);
                }

                break;
            case GraphQLListValue { Values: { } values }:
                foreach (var item in values)
                {
                    CollectVariables(item, names);
                }

                break;
            case GraphQLObjectValue { Fields: { } fields }:
                foreach (var field in fields)
                {
                    CollectVariables(field.Value, names);
                }

                break;
        }
    }

    private static void Value(GraphQLValue value, StringBuilder text)
    {
        switch (value)
        {
            case GraphQLVariable variable:
                text.Append('$').Append(variable.Name.StringValue);
                break;
            case GraphQLIntValue i:
                text.Append(i.Value.Span);
                break;
            case GraphQLFloatValue f:
                text.Append(f.Value.Span);
                break;
            case GraphQLBooleanValue b:
                text.Append(b.BoolValue ? "true" : "false");
                break;
            case GraphQLNullValue:
                text.Append("null");
                break;
            case GraphQLEnumValue e:
                text.Append(e.Name.StringValue);
                break;
            case GraphQLStringValue s:
                String(s.Value.Span, text);
                break;
            case GraphQLListValue list:
                text.Append('[');
                for (var i = 0; i < (list.Values?.Count ?? 0); i++)
                {
                    if (i > 0)
                    {
                        text.Append(", ");
                    }

                    Value(list.Values![i], text);
                }

                text.Append(']');
                break;
            case GraphQLObjectValue obj:
                text.Append('{');
                for (var i = 0; i < (obj.Fields?.Count ?? 0); i++)
                {
                    if (i > 0)
                    {
                        text.Append(", ");
                    }

                    text.Append(obj.Fields![i].Name.StringValue).Append(": ");
                    Value(obj.Fields[i].Value, text);
                }

                text.Append('}');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "unknown value node");
        }
    }

    private static void String(ReadOnlySpan<char> value, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                default:
                    if (c < ' ')
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }
}
