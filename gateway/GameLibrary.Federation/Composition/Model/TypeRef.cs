namespace GameLibrary.Federation.Composition.Model;

/// <summary>A type as written on a field, argument or input field: a named type wrapped in lists and non-nulls.</summary>
internal abstract class TypeRef : IEquatable<TypeRef>
{
    /// <summary>The innermost named type.</summary>
    public abstract string NamedType { get; }

    /// <summary>The reference as SDL writes it: <c>[Game!]!</c>.</summary>
    public abstract override string ToString();

    public bool Equals(TypeRef? other) => other is not null && ToString() == other.ToString();

    public override bool Equals(object? obj) => obj is TypeRef other && Equals(other);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}

/// <summary>A bare named type: <c>Game</c>.</summary>
internal sealed class NamedTypeRef(string name) : TypeRef
{
    public string Name { get; } = name;

    public override string NamedType => Name;

    public override string ToString() => Name;
}

/// <summary>A list: <c>[Game]</c>.</summary>
internal sealed class ListTypeRef(TypeRef ofType) : TypeRef
{
    public TypeRef OfType { get; } = ofType;

    public override string NamedType => OfType.NamedType;

    public override string ToString() => $"[{OfType}]";
}

/// <summary>A non-null: <c>Game!</c>.</summary>
internal sealed class NonNullTypeRef(TypeRef ofType) : TypeRef
{
    public TypeRef OfType { get; } = ofType;

    public override string NamedType => OfType.NamedType;

    public override string ToString() => $"{OfType}!";
}
