namespace GameLibrary.Federation.Composition.Model;

/// <summary>A schema: a subgraph's after loading, or the supergraph being built.</summary>
internal sealed class Schema
{
    public string? Description { get; set; }

    public List<AppliedDirective> Directives { get; } = [];

    public Dictionary<RootKind, string> Roots { get; } = [];

    public OrderedDictionary<string, TypeDefinition> Types { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, DirectiveDefinition> DirectiveDefinitions { get; } = new(StringComparer.Ordinal);

    public TypeDefinition? Type(string name) => Types.GetValueOrDefault(name);

    public string? Root(RootKind kind) => Roots.GetValueOrDefault(kind);

    public bool IsRootType(string typeName) => Roots.ContainsValue(typeName);

    /// <summary>Every directive application of the schema: on the schema, types, fields, arguments, input fields and enum values.</summary>
    public IEnumerable<AppliedDirective> AllAppliedDirectives() =>
        Directives.Concat(Types.Values.SelectMany(type => type.Directives
            .Concat(type.Fields.Values.SelectMany(f => f.Directives.Concat(f.Arguments.Values.SelectMany(a => a.Directives))))
            .Concat(type.InputFields.Values.SelectMany(f => f.Directives))
            .Concat(type.Values.Values.SelectMany(v => v.Directives))));
}
