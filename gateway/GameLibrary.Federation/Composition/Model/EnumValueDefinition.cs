namespace GameLibrary.Federation.Composition.Model;

/// <summary>A value of an enum type.</summary>
internal sealed class EnumValueDefinition(string name, string coordinate)
{
    public string Name { get; } = name;

    /// <summary>The schema coordinate, <c>Region.EU</c>.</summary>
    public string Coordinate { get; } = coordinate;

    public string? Description { get; set; }

    public List<AppliedDirective> Directives { get; } = [];

    public bool HasDirective(string name) => Directives.Any(d => d.Name == name);
}
