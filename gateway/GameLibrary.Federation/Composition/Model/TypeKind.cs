namespace GameLibrary.Federation.Composition.Model;

/// <summary>The kinds of named types.</summary>
internal enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
}
