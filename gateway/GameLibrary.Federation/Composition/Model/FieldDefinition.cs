namespace GameLibrary.Federation.Composition.Model;

/// <summary>A field of an object or interface type.</summary>
internal sealed class FieldDefinition(TypeDefinition parent, string name, TypeRef type) : ITypedElement
{
    public TypeDefinition Parent { get; } = parent;

    public string Name { get; } = name;

    public TypeRef Type { get; set; } = type;

    public string? Description { get; set; }

    public OrderedDictionary<string, InputValueDefinition> Arguments { get; } = new(StringComparer.Ordinal);

    public List<AppliedDirective> Directives { get; } = [];

    /// <summary>True when the field was declared in an <c>extend</c> block.</summary>
    public bool OnExtension { get; init; }

    /// <summary>The schema coordinate, <c>Game.title</c>.</summary>
    public string Coordinate => $"{Parent.Name}.{Name}";

    public bool HasDirective(string name) => Directives.Any(d => d.Name == name);

    public IEnumerable<AppliedDirective> DirectivesNamed(string name) => Directives.Where(d => d.Name == name);

    public override string ToString() => Coordinate;
}
