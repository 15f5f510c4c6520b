namespace GameLibrary.Federation.Composition.Model;

/// <summary>An argument (of a field or directive) or a field of an input object type.</summary>
internal sealed class InputValueDefinition(string name, TypeRef type, string coordinate) : ITypedElement
{
    public string Name { get; } = name;

    public TypeRef Type { get; set; } = type;

    /// <summary>The schema coordinate: <c>Query.game(id:)</c> for arguments, <c>GameFilter.search</c> for input fields.</summary>
    public string Coordinate { get; } = coordinate;

    public string? Description { get; set; }

    public Value? DefaultValue { get; set; }

    public List<AppliedDirective> Directives { get; } = [];

    public bool HasDirective(string name) => Directives.Any(d => d.Name == name);

    public override string ToString() => Coordinate;
}
