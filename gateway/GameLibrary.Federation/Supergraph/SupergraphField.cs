using GraphQLParser.AST;

namespace GameLibrary.Federation.Supergraph;

/// <summary>A field of an object, interface or input type of the supergraph, with its per-subgraph view.</summary>
internal sealed class SupergraphField
{
    private readonly Dictionary<string, SubgraphFieldInfo> _subgraphs = new(StringComparer.Ordinal);

    internal SupergraphField(string parentType, string name, TypeReference type, GraphQLArgumentsDefinition? arguments)
    {
        ParentType = parentType;
        Name = name;
        Type = type;
        Arguments = arguments;
    }

    /// <summary>The type declaring the field.</summary>
    public string ParentType { get; }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The supergraph type of the field.</summary>
    public TypeReference Type { get; }

    /// <summary>The argument definitions, if any.</summary>
    public GraphQLArgumentsDefinition? Arguments { get; }

    /// <summary>The subgraphs that know the field, by name.</summary>
    public IReadOnlyDictionary<string, SubgraphFieldInfo> Subgraphs => _subgraphs;

    /// <summary>The schema coordinate (<c>Type.field</c>).</summary>
    public string Coordinate => $"{ParentType}.{Name}";

    /// <summary>What the subgraph knows about the field, or null when it does not know it.</summary>
    public SubgraphFieldInfo? In(string subgraph) => _subgraphs.GetValueOrDefault(subgraph);

    /// <summary>Whether the subgraph resolves the field itself.</summary>
    public bool IsResolvableIn(string subgraph) => In(subgraph)?.IsResolvable == true;

    internal SubgraphFieldInfo GetOrAdd(string subgraph)
    {
        if (!_subgraphs.TryGetValue(subgraph, out var info))
        {
            info = new SubgraphFieldInfo(subgraph);
            _subgraphs.Add(subgraph, info);
        }

        return info;
    }
}
