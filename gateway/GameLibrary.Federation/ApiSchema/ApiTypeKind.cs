namespace GameLibrary.Federation.Api;

/// <summary>The kind of a named type of the API schema (as <c>__TypeKind</c> names them).</summary>
internal enum ApiTypeKind
{
    /// <summary>A scalar: the five built-ins or a custom scalar (passed through unchanged).</summary>
    Scalar,

    /// <summary>An object type.</summary>
    Object,

    /// <summary>An interface type.</summary>
    Interface,

    /// <summary>A union type.</summary>
    Union,

    /// <summary>An enum type.</summary>
    Enum,

    /// <summary>An input object type.</summary>
    InputObject,
}
