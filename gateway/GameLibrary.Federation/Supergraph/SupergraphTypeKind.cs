namespace GameLibrary.Federation.Supergraph;

/// <summary>The kind of a named type of the supergraph.</summary>
internal enum SupergraphTypeKind
{
    /// <summary>An object type.</summary>
    Object,

    /// <summary>An interface (also an <c>@interfaceObject</c>, which is an interface in the supergraph).</summary>
    Interface,

    /// <summary>A union.</summary>
    Union,

    /// <summary>An enum.</summary>
    Enum,

    /// <summary>An input object.</summary>
    InputObject,

    /// <summary>A scalar.</summary>
    Scalar,
}
