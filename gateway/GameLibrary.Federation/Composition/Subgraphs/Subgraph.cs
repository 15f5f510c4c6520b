using GameLibrary.Federation.Composition.Model;

namespace GameLibrary.Federation.Composition.Subgraphs;

/// <summary>A loaded subgraph: its schema without the federation machinery, the names federation directives have in it, and what it links.</summary>
internal sealed class Subgraph
{
    public Subgraph(string name, string url, Schema schema, FederationNames names, int federationMinor, bool isFederation2, IReadOnlyList<FeatureLink> links)
    {
        Name = name;
        Url = url;
        Schema = schema;
        Names = names;
        FederationMinor = federationMinor;
        IsFederation2 = isFederation2;
        Links = links;
        Metadata = new SubgraphMetadata(this);
    }

    public string Name { get; }

    public string Url { get; }

    public Schema Schema { get; }

    public FederationNames Names { get; }

    /// <summary>The minor version of Federation 2 the subgraph links (0 for Federation 1 subgraphs).</summary>
    public int FederationMinor { get; }

    public bool IsFederation2 { get; }

    /// <summary>The specifications linked besides link and federation (the sources of composed directives).</summary>
    public IReadOnlyList<FeatureLink> Links { get; }

    /// <summary>The local names (without <c>@</c>) of the directives named by <c>@composeDirective</c>.</summary>
    public List<string> ComposedDirectives { get; } = [];

    /// <summary>External, shareable and used fields; call <see cref="RefreshMetadata"/> after changing the schema.</summary>
    public SubgraphMetadata Metadata { get; private set; }

    public void RefreshMetadata() => Metadata = new SubgraphMetadata(this);

    public IEnumerable<AppliedDirective> Keys(TypeDefinition type) => type.DirectivesNamed(Names.Key);

    public bool IsEntity(TypeDefinition type) => type.HasDirective(Names.Key);

    public bool IsInterfaceObject(TypeDefinition type) => type.Kind == TypeKind.Object && type.HasDirective(Names.InterfaceObject);

    /// <summary>The kind the type has in the supergraph: an <c>@interfaceObject</c> stands for an interface.</summary>
    public TypeKind SupergraphKind(TypeDefinition type) => IsInterfaceObject(type) ? TypeKind.Interface : type.Kind;

    public override string ToString() => Name;
}
