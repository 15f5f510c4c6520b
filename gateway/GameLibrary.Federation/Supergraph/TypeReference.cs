using System.Text;
using GraphQLParser.AST;

namespace GameLibrary.Federation.Supergraph;

/// <summary>A field or argument type (<c>[Product!]!</c>): its named type and wrappers.</summary>
internal sealed class TypeReference
{
    private TypeReference(string name, string text, int listDepth, bool isNonNull)
    {
        Name = name;
        Text = text;
        ListDepth = listDepth;
        IsNonNull = isNonNull;
    }

    /// <summary>The innermost named type.</summary>
    public string Name { get; }

    /// <summary>The type as written in SDL.</summary>
    public string Text { get; }

    /// <summary>How many list wrappers the type has (each becomes an <c>@</c> in a flatten path).</summary>
    public int ListDepth { get; }

    /// <summary>Whether the outermost wrapper is non-null.</summary>
    public bool IsNonNull { get; }

    /// <summary>Builds a reference from a parsed type.</summary>
    public static TypeReference From(GraphQLType type)
    {
        var text = new StringBuilder();
        var depth = 0;
        var name = Print(type, text, ref depth);
        return new TypeReference(name, text.ToString(), depth, type is GraphQLNonNullType);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static string Print(GraphQLType type, StringBuilder text, ref int depth)
    {
        switch (type)
        {
            case GraphQLNonNullType nonNull:
                var inner = Print(nonNull.Type, text, ref depth);
                text.Append('!');
                return inner;
            case GraphQLListType list:
                depth++;
                text.Append('[');
                var item = Print(list.Type, text, ref depth);
                text.Append(']');
                return item;
            case GraphQLNamedType named:
                var name = named.Name.StringValue;
                text.Append(name);
                return name;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "unknown type node");
        }
    }
}
