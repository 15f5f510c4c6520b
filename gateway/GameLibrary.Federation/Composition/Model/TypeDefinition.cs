namespace GameLibrary.Federation.Composition.Model;

/// <summary>A named type of a subgraph or of the supergraph, with the members its kind has.</summary>
internal sealed class TypeDefinition(string name, TypeKind kind)
{
    public string Name { get; } = name;

    public TypeKind Kind { get; } = kind;

    public string? Description { get; set; }

    public List<AppliedDirective> Directives { get; } = [];

    /// <summary>Interfaces an object or interface type implements.</summary>
    public List<string> Interfaces { get; } = [];

    /// <summary>Fields of an object or interface type.</summary>
    public OrderedDictionary<string, FieldDefinition> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Fields of an input object type.</summary>
    public OrderedDictionary<string, InputValueDefinition> InputFields { get; } = new(StringComparer.Ordinal);

    /// <summary>Member types of a union.</summary>
    public List<string> Members { get; } = [];

    /// <summary>Values of an enum.</summary>
    public OrderedDictionary<string, EnumValueDefinition> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>True when a non-<c>extend</c> declaration of the type exists.</summary>
    public bool HasDefinition { get; set; }

    /// <summary>True when an <c>extend</c> declaration of the type exists.</summary>
    public bool HasExtension { get; set; }

    public bool IsComposite => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    public bool IsLeaf => Kind is TypeKind.Scalar or TypeKind.Enum;

    public FieldDefinition? Field(string name) => Fields.GetValueOrDefault(name);

    public bool HasDirective(string name) => Directives.Any(d => d.Name == name);

    public IEnumerable<AppliedDirective> DirectivesNamed(string name) => Directives.Where(d => d.Name == name);

    public override string ToString() => Name;
}
