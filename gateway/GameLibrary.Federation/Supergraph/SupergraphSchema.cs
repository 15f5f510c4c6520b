using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace GameLibrary.Federation.Supergraph;

/// <summary>
/// An immutable, queryable view of a supergraph: its subgraphs, its types and what each subgraph can do for
/// each type and field (keys, resolvable/external fields, requires, provides, abstract members, enum values).
/// </summary>
internal sealed class SupergraphSchema
{
    private readonly Dictionary<string, SupergraphType> _types;
    private readonly Dictionary<string, SubgraphInfo> _subgraphsByName;

    internal SupergraphSchema(
        IReadOnlyList<SubgraphInfo> subgraphs,
        Dictionary<string, SupergraphType> types,
        string queryType,
        string? mutationType,
        string? subscriptionType,
        string joinVersion)
    {
        Subgraphs = subgraphs;
        _types = types;
        _subgraphsByName = subgraphs.ToDictionary(s => s.Name, StringComparer.Ordinal);
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        JoinVersion = joinVersion;
    }

    /// <summary>The subgraphs, in the order of the <c>join__Graph</c> enum.</summary>
    public IReadOnlyList<SubgraphInfo> Subgraphs { get; }

    /// <summary>The named types of the supergraph (including the join/link machinery types).</summary>
    public IReadOnlyDictionary<string, SupergraphType> Types => _types;

    /// <summary>The query root type name.</summary>
    public string QueryType { get; }

    /// <summary>The mutation root type name, if any.</summary>
    public string? MutationType { get; }

    /// <summary>The subscription root type name, if any.</summary>
    public string? SubscriptionType { get; }

    /// <summary>The join spec version the supergraph uses (<c>v0.1</c> is a Federation 1 supergraph).</summary>
    public string JoinVersion { get; }

    /// <summary>Loads a supergraph; throws <see cref="SupergraphException"/> naming the problem and the schema coordinate.</summary>
    public static SupergraphSchema Load(GraphQLDocument document) => SupergraphLoader.Load(document);

    /// <summary>Parses and loads a supergraph SDL; a syntax error is a <see cref="SupergraphException"/> too.</summary>
    public static SupergraphSchema Load(string sdl)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.All });
        }
        catch (GraphQLParserException ex)
        {
            throw new SupergraphException($"The supergraph is not valid GraphQL SDL: {ex.Message}", ex);
        }

        return Load(document);
    }

    /// <summary>The subgraph with this name, or null.</summary>
    public SubgraphInfo? Subgraph(string name) => _subgraphsByName.GetValueOrDefault(name);

    /// <summary>The named type, or null.</summary>
    public SupergraphType? Type(string name) => _types.GetValueOrDefault(name);

    /// <summary>The root type name of an operation kind, or null when the supergraph has none.</summary>
    public string? RootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>Whether the named type is an interface or union.</summary>
    public bool IsAbstract(string typeName) => Type(typeName)?.IsAbstract == true;

    /// <summary>Whether an object of type <paramref name="objectType"/> satisfies the type condition <paramref name="condition"/>.</summary>
    public bool Satisfies(string objectType, string condition) =>
        objectType == condition || Type(condition)?.PossibleTypes.Contains(objectType) == true;

    /// <summary>The object types the subgraph can return at a position of (abstract or object) type <paramref name="typeName"/>.</summary>
    public IReadOnlySet<string> PossibleTypesIn(string subgraph, string typeName)
    {
        var type = Type(typeName);
        if (type is null)
        {
            return EmptySet;
        }

        if (!type.IsAbstract)
        {
            return type.Subgraphs.ContainsKey(subgraph) ? new HashSet<string>(StringComparer.Ordinal) { typeName } : EmptySet;
        }

        return type.In(subgraph)?.PossibleTypes ?? EmptySet;
    }

    /// <summary>Whether the subgraph knows the type.</summary>
    public bool HasType(string subgraph, string typeName) => Type(typeName)?.Subgraphs.ContainsKey(subgraph) == true;

    /// <summary>Whether the subgraph knows the interface only as an object type (<c>@interfaceObject</c>).</summary>
    public bool IsInterfaceObjectIn(string subgraph, string typeName) => Type(typeName)?.In(subgraph)?.IsInterfaceObject == true;

    private static readonly IReadOnlySet<string> EmptySet = new HashSet<string>();
}
