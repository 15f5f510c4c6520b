using GraphQLParser.AST;

namespace GameLibrary.Federation.Api;

/// <summary>
/// A type reference of the API schema (<c>[Game!]!</c>) with its named type resolved, so walking a
/// response or a variable value needs no dictionary look-ups.
/// </summary>
internal sealed class ApiTypeRef
{
    private ApiTypeRef(ApiType namedType, ApiTypeRef? ofType, bool isList, bool isNonNull)
    {
        NamedType = namedType;
        OfType = ofType;
        IsList = isList;
        IsNonNull = isNonNull;
    }

    /// <summary>The innermost named type.</summary>
    public ApiType NamedType { get; }

    /// <summary>The wrapped type of a list or non-null reference; null for a named reference.</summary>
    public ApiTypeRef? OfType { get; }

    /// <summary>Whether this reference is a list (<c>[T]</c>).</summary>
    public bool IsList { get; }

    /// <summary>Whether this reference is non-null (<c>T!</c>).</summary>
    public bool IsNonNull { get; }

    /// <summary>The reference without its non-null wrapper (itself when nullable).</summary>
    public ApiTypeRef Nullable => IsNonNull ? OfType! : this;

    /// <summary>A reference to a named type.</summary>
    public static ApiTypeRef Named(ApiType type) => new(type, null, false, false);

    /// <summary>The non-null reference to a nullable type.</summary>
    public static ApiTypeRef NonNullOf(ApiTypeRef type) => new(type.NamedType, type, isList: false, isNonNull: true);

    /// <summary>Resolves a type AST against the schema's named types.</summary>
    public static ApiTypeRef From(GraphQLType type, Func<string, ApiType> resolve)
    {
        switch (type)
        {
            case GraphQLNonNullType nonNull:
                var inner = From(nonNull.Type, resolve);
                return new ApiTypeRef(inner.NamedType, inner, isList: false, isNonNull: true);
            case GraphQLListType list:
                var item = From(list.Type, resolve);
                return new ApiTypeRef(item.NamedType, item, isList: true, isNonNull: false);
            case GraphQLNamedType named:
                return Named(resolve(named.Name.StringValue));
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Unknown type reference.");
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        IsNonNull ? OfType + "!" : IsList ? "[" + OfType + "]" : NamedType.Name;
}
