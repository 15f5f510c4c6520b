namespace GameLibrary.Federation.Supergraph;

/// <summary>A named type of the supergraph, with its per-subgraph view.</summary>
internal sealed class SupergraphType
{
    private readonly Dictionary<string, SupergraphField> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SubgraphTypeInfo> _subgraphs = new(StringComparer.Ordinal);
    private readonly List<string> _interfaces = [];
    private readonly HashSet<string> _possibleTypes = new(StringComparer.Ordinal);
    private readonly List<string> _enumValues = [];

    internal SupergraphType(string name, SupergraphTypeKind kind)
    {
        Name = name;
        Kind = kind;
    }

    /// <summary>The type name.</summary>
    public string Name { get; }

    /// <summary>The kind of type.</summary>
    public SupergraphTypeKind Kind { get; }

    /// <summary>Whether the type is an interface or a union.</summary>
    public bool IsAbstract => Kind is SupergraphTypeKind.Interface or SupergraphTypeKind.Union;

    /// <summary>Whether the type has fields to select (object, interface, union).</summary>
    public bool IsComposite => Kind is SupergraphTypeKind.Object or SupergraphTypeKind.Interface or SupergraphTypeKind.Union;

    /// <summary>The fields (object, interface and input object types), in declaration order.</summary>
    public IReadOnlyDictionary<string, SupergraphField> Fields => _fields;

    /// <summary>The subgraphs that know the type, by name.</summary>
    public IReadOnlyDictionary<string, SubgraphTypeInfo> Subgraphs => _subgraphs;

    /// <summary>The interfaces the type implements in the supergraph.</summary>
    public IReadOnlyList<string> Interfaces => _interfaces;

    /// <summary>For an interface or union: every object type that can be returned for it (in any subgraph).</summary>
    public IReadOnlySet<string> PossibleTypes => _possibleTypes;

    /// <summary>For an enum: its values, in declaration order.</summary>
    public IReadOnlyList<string> EnumValues => _enumValues;

    /// <summary>Whether any subgraph declares a key for the type.</summary>
    public bool IsEntity => _subgraphs.Values.Any(static s => s.Keys.Count > 0);

    /// <summary>What the subgraph knows about the type, or null when it does not know it.</summary>
    public SubgraphTypeInfo? In(string subgraph) => _subgraphs.GetValueOrDefault(subgraph);

    /// <summary>The field, or null.</summary>
    public SupergraphField? Field(string name) => _fields.GetValueOrDefault(name);

    internal void AddField(SupergraphField field) => _fields[field.Name] = field;

    internal void AddInterface(string name)
    {
        if (!_interfaces.Contains(name))
        {
            _interfaces.Add(name);
        }
    }

    internal void AddPossibleType(string name) => _possibleTypes.Add(name);

    internal void AddEnumValue(string value) => _enumValues.Add(value);

    internal SubgraphTypeInfo GetOrAddSubgraph(string subgraph)
    {
        if (!_subgraphs.TryGetValue(subgraph, out var info))
        {
            info = new SubgraphTypeInfo(subgraph);
            _subgraphs.Add(subgraph, info);
        }

        return info;
    }
}
