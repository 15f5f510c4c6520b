using System.Globalization;
using System.Text;

namespace GameLibrary.Federation.Composition.Model;

/// <summary>A GraphQL literal (argument value, default value); <see cref="ToString"/> prints it as GraphQL.</summary>
internal abstract class Value : IEquatable<Value>
{
    /// <summary>The literal as GraphQL writes it.</summary>
    public abstract override string ToString();

    public bool Equals(Value? other) => other is not null && ToString() == other.ToString();

    public override bool Equals(object? obj) => obj is Value other && Equals(other);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}

/// <summary>A string literal.</summary>
internal sealed class StringValue(string text) : Value
{
    public string Text { get; } = text;

    // Escapes like JSON.stringify, which is how Apollo prints strings.
    public override string ToString()
    {
        var builder = new StringBuilder(Text.Length + 2).Append('"');
        foreach (var c in Text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}

/// <summary>An integer literal, kept as written.</summary>
internal sealed class IntValue(string literal) : Value
{
    public string Literal { get; } = literal;

    public override string ToString() => Literal;
}

/// <summary>A float literal, kept as written.</summary>
internal sealed class FloatValue(string literal) : Value
{
    public string Literal { get; } = literal;

    public override string ToString() => Literal;
}

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed class BooleanValue(bool value) : Value
{
    public static readonly BooleanValue True = new(true);

    public bool Value { get; } = value;

    public override string ToString() => Value ? "true" : "false";
}

/// <summary><c>null</c>.</summary>
internal sealed class NullValue : Value
{
    public static readonly NullValue Instance = new();

    private NullValue()
    {
    }

    public override string ToString() => "null";
}

/// <summary>An enum value: <c>NA</c>.</summary>
internal sealed class EnumValue(string name) : Value
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}

/// <summary>A variable; only meaningful inside field sets.</summary>
internal sealed class VariableValue(string name) : Value
{
    public string Name { get; } = name;

    public override string ToString() => "$" + Name;
}

/// <summary>A list literal.</summary>
internal sealed class ListValue(IReadOnlyList<Value> items) : Value
{
    public IReadOnlyList<Value> Items { get; } = items;

    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}

/// <summary>An input object literal.</summary>
internal sealed class ObjectValue(IReadOnlyList<KeyValuePair<string, Value>> fields) : Value
{
    public IReadOnlyList<KeyValuePair<string, Value>> Fields { get; } = fields;

    public override string ToString() => "{" + string.Join(", ", Fields.Select(f => $"{f.Key}: {f.Value}")) + "}";
}
