namespace GameLibrary.Federation.Composition.Subgraphs;

/// <summary>The names the federation directives and types have in one subgraph (imports may rename them).</summary>
internal sealed class FederationNames
{
    private readonly Dictionary<string, string> directives;
    private readonly Dictionary<string, string> directivesByLocalName;

    private FederationNames(Dictionary<string, string> directives, IReadOnlySet<string> types)
    {
        this.directives = directives;
        directivesByLocalName = directives.ToDictionary(d => d.Value, d => d.Key, StringComparer.Ordinal);
        Types = types;
    }

    public string Key => directives[FederationSpec.Key];

    public string Requires => directives[FederationSpec.Requires];

    public string Provides => directives[FederationSpec.Provides];

    public string External => directives[FederationSpec.External];

    public string Extends => directives[FederationSpec.Extends];

    public string Shareable => directives[FederationSpec.Shareable];

    public string Override => directives[FederationSpec.Override];

    public string Tag => directives[FederationSpec.Tag];

    public string Inaccessible => directives[FederationSpec.Inaccessible];

    public string ComposeDirective => directives[FederationSpec.ComposeDirective];

    public string InterfaceObject => directives[FederationSpec.InterfaceObject];

    /// <summary>The local names of the specification's types.</summary>
    public IReadOnlySet<string> Types { get; }

    /// <summary>The specification's name of a local directive name, or null for other directives.</summary>
    public string? NameInSpec(string localName) => directivesByLocalName.GetValueOrDefault(localName);

    /// <summary>Names for a Federation 2 subgraph linking the specification.</summary>
    public static FederationNames ForLink(FeatureLink link) => new(
        FederationSpec.Directives.Keys.ToDictionary(d => d, link.DirectiveName, StringComparer.Ordinal),
        FederationSpec.Types.Select(link.TypeName).ToHashSet(StringComparer.Ordinal));

    /// <summary>Names for a Federation 1 subgraph: directives by their plain names, <c>_FieldSet</c>.</summary>
    public static FederationNames ForFederation1() => new(
        FederationSpec.Directives.Keys.ToDictionary(d => d, d => d, StringComparer.Ordinal),
        new HashSet<string>(StringComparer.Ordinal) { "_FieldSet", "FieldSet" });
}
