namespace GameLibrary.Federation.Supergraph;

/// <summary>What one subgraph knows about one type: its keys, whether it is an interface object, its abstract members.</summary>
internal sealed class SubgraphTypeInfo
{
    private readonly List<EntityKey> _keys = [];
    private readonly HashSet<string> _possibleTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _interfaces = new(StringComparer.Ordinal);
    private readonly HashSet<string> _enumValues = new(StringComparer.Ordinal);

    internal SubgraphTypeInfo(string subgraph)
    {
        Subgraph = subgraph;
    }

    /// <summary>The subgraph.</summary>
    public string Subgraph { get; }

    /// <summary>The entity keys the subgraph declares (empty for value types).</summary>
    public IReadOnlyList<EntityKey> Keys => _keys;

    /// <summary>The subgraph declares the type as an extension (<c>extend type</c> / <c>@extends</c>).</summary>
    public bool IsExtension { get; internal set; }

    /// <summary>The supergraph interface is an object type (<c>@interfaceObject</c>) in this subgraph.</summary>
    public bool IsInterfaceObject { get; internal set; }

    /// <summary>For an interface or union: the object types the subgraph can return for it.</summary>
    public IReadOnlySet<string> PossibleTypes => _possibleTypes;

    /// <summary>For an object or interface: the interfaces it implements in this subgraph.</summary>
    public IReadOnlySet<string> Interfaces => _interfaces;

    /// <summary>For an enum: the values the subgraph knows.</summary>
    public IReadOnlySet<string> EnumValues => _enumValues;

    /// <summary>Whether the subgraph can resolve the entity by at least one key.</summary>
    public bool HasResolvableKey => _keys.Exists(static k => k.Resolvable);

    internal void AddKey(EntityKey key) => _keys.Add(key);

    internal void AddPossibleType(string type) => _possibleTypes.Add(type);

    internal void AddInterface(string type) => _interfaces.Add(type);

    internal void AddEnumValue(string value) => _enumValues.Add(value);
}
