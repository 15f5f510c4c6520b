namespace GameLibrary.Federation.Composition.Model;

/// <summary>A <c>directive @name(...) on ...</c> definition.</summary>
internal sealed class DirectiveDefinition(string name)
{
    public string Name { get; } = name;

    public string? Description { get; set; }

    public OrderedDictionary<string, InputValueDefinition> Arguments { get; } = new(StringComparer.Ordinal);

    public bool Repeatable { get; set; }

    /// <summary>Locations as spelled in SDL (<c>FIELD_DEFINITION</c>), in declaration order.</summary>
    public List<string> Locations { get; } = [];
}
