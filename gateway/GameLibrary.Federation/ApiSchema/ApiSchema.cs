using System.Collections.Frozen;

using GraphQL.Types;

using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using GraphQLParser.Visitors;

namespace GameLibrary.Federation.Api;

/// <summary>
/// The schema clients see: the supergraph without its join/link machinery and without its
/// <c>@inaccessible</c> elements. Holds the printed SDL, the parsed document, a GraphQL.NET schema for
/// validation and introspection, and resolved look-ups for coercing variables and completing responses.
/// Immutable and thread-safe.
/// </summary>
internal sealed class ApiSchema
{
    private static readonly string[] BuiltInScalarNames = ["Int", "Float", "String", "Boolean", "ID"];

    private readonly FrozenDictionary<string, ApiType> _types;

    private ApiSchema(string sdl, GraphQLDocument document, FrozenDictionary<string, ApiType> types, ApiType query, ApiType? mutation, ApiType? subscription, ISchema schema)
    {
        Sdl = sdl;
        Document = document;
        _types = types;
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Schema = schema;
    }

    /// <summary>The API schema printed as SDL, definitions in supergraph order.</summary>
    public string Sdl { get; }

    /// <summary>The API schema document (parsed from <see cref="Sdl"/>).</summary>
    public GraphQLDocument Document { get; }

    /// <summary>The GraphQL.NET schema built from <see cref="Sdl"/> (validation, introspection).</summary>
    public ISchema Schema { get; }

    /// <summary>The query root type.</summary>
    public ApiType QueryType { get; }

    /// <summary>The mutation root type, if any.</summary>
    public ApiType? MutationType { get; }

    /// <summary>The subscription root type, if any.</summary>
    public ApiType? SubscriptionType { get; }

    /// <summary>Every named type, including the five built-in scalars.</summary>
    public IEnumerable<ApiType> Types => _types.Values;

    /// <summary>Derives the API schema from a supergraph. Throws <see cref="SupergraphException"/> naming the problem when it is broken.</summary>
    public static ApiSchema Build(GraphQLDocument supergraph)
    {
        ArgumentNullException.ThrowIfNull(supergraph);
        var features = LinkedFeatures.Read(supergraph);
        var apiAst = ApiDocumentFilter.Filter(supergraph, features);
        var sdl = new SDLPrinter(new SDLPrinterOptions { PrintComments = false }).Print(apiAst).TrimEnd() + "\n";

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLParserException exception)
        {
            throw new SupergraphException($"The API schema derived from the supergraph does not parse: {exception.Message}", exception);
        }

        var types = BuildTypes(document, out var roots);
        var query = types[roots[OperationType.Query]];
        var mutation = roots.TryGetValue(OperationType.Mutation, out var mutationName) ? types[mutationName] : null;
        var subscription = roots.TryGetValue(OperationType.Subscription, out var subscriptionName) ? types[subscriptionName] : null;
        var customScalars = types.Values.Where(t => t.Kind == ApiTypeKind.Scalar && !t.IsBuiltInScalar);
        var schema = GraphQLNetSchema.Create(sdl, customScalars, subscription);
        return new ApiSchema(sdl, document, types, query, mutation, subscription, schema);
    }

    /// <summary>A named type, or null.</summary>
    public ApiType? GetType(string name) => _types.GetValueOrDefault(name);

    /// <summary>A field of an object or interface type, or null.</summary>
    public ApiField? GetField(string typeName, string fieldName) => GetType(typeName)?.GetField(fieldName);

    /// <summary>Whether the named type is an interface or union.</summary>
    public bool IsAbstract(string typeName) => GetType(typeName)?.IsAbstract == true;

    /// <summary>The object types an abstract type may resolve to (empty for unknown types).</summary>
    public IReadOnlyList<ApiType> PossibleTypes(string typeName) => GetType(typeName)?.PossibleTypes ?? [];

    /// <summary>Whether the enum type has this value in the API schema.</summary>
    public bool HasEnumValue(string enumName, string value) => GetType(enumName)?.HasEnumValue(value) == true;

    /// <summary>The root type of an operation type, or null when the schema has none.</summary>
    public ApiType? RootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    private static FrozenDictionary<string, ApiType> BuildTypes(GraphQLDocument document, out Dictionary<OperationType, string> roots)
    {
        var types = new Dictionary<string, ApiType>(StringComparer.Ordinal);
        foreach (var name in BuiltInScalarNames)
        {
            types[name] = ApiType.BuiltInScalar(name);
        }

        roots = [];
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLSchemaDefinition schema:
                    foreach (var root in schema.OperationTypes)
                    {
                        roots[root.Operation] = root.Type!.Name.StringValue;
                    }

                    break;
                case GraphQLTypeDefinition type and not GraphQLDirectiveDefinition:
                    var kind = type switch
                    {
                        GraphQLObjectTypeDefinition => ApiTypeKind.Object,
                        GraphQLInterfaceTypeDefinition => ApiTypeKind.Interface,
                        GraphQLUnionTypeDefinition => ApiTypeKind.Union,
                        GraphQLEnumTypeDefinition => ApiTypeKind.Enum,
                        GraphQLInputObjectTypeDefinition => ApiTypeKind.InputObject,
                        _ => ApiTypeKind.Scalar,
                    };
                    types[type.Name.StringValue] = new ApiType(type.Name.StringValue, kind, type);
                    break;
            }
        }

        if (roots.Count == 0)
        {
            foreach (var (operation, name) in new[] { (OperationType.Query, "Query"), (OperationType.Mutation, "Mutation"), (OperationType.Subscription, "Subscription") })
            {
                if (types.ContainsKey(name))
                {
                    roots[operation] = name;
                }
            }
        }

        ApiType Resolve(string name) => types.TryGetValue(name, out var type)
            ? type
            : throw new SupergraphException($"The API schema references the unknown type {name}.");

        var implementations = new Dictionary<string, List<ApiType>>(StringComparer.Ordinal);
        foreach (var type in types.Values)
        {
            switch (type.Definition)
            {
                case GraphQLObjectTypeDefinition objectType:
                    type.SetFields(BuildFields(objectType.Fields, Resolve));
                    type.SetInterfaces(InterfaceNames(objectType.Interfaces));
                    type.SetPossibleTypes([type]);
                    foreach (var interfaceName in type.Interfaces)
                    {
                        AddTo(implementations, interfaceName, type);
                    }

                    break;
                case GraphQLInterfaceTypeDefinition interfaceType:
                    type.SetFields(BuildFields(interfaceType.Fields, Resolve));
                    type.SetInterfaces(InterfaceNames(interfaceType.Interfaces));
                    break;
                case GraphQLUnionTypeDefinition union:
                    type.SetPossibleTypes((union.Types?.Items ?? []).Select(m => Resolve(m.Name.StringValue)).ToList());
                    break;
                case GraphQLEnumTypeDefinition enumType:
                    type.SetEnumValues((enumType.Values?.Items ?? []).Select(v => v.Name.StringValue).ToList());
                    break;
                case GraphQLInputObjectTypeDefinition inputType:
                    type.SetInputFields(BuildInputValues(inputType.Fields?.Items, Resolve), HasDirective(inputType.Directives, "oneOf"));
                    break;
                case GraphQLScalarTypeDefinition scalar:
                    type.SetSpecifiedByUrl(SpecifiedByUrl(scalar));
                    break;
            }
        }

        foreach (var type in types.Values)
        {
            if (type.Kind == ApiTypeKind.Interface)
            {
                type.SetPossibleTypes(implementations.GetValueOrDefault(type.Name) ?? []);
            }
        }

        return types.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static List<ApiField> BuildFields(GraphQLFieldsDefinition? fields, Func<string, ApiType> resolve) =>
        (fields?.Items ?? [])
            .Select(f => new ApiField(f.Name.StringValue, ApiTypeRef.From(f.Type, resolve), BuildInputValues(f.Arguments?.Items, resolve)))
            .ToList();

    private static List<ApiInputValue> BuildInputValues(List<GraphQLInputValueDefinition>? values, Func<string, ApiType> resolve) =>
        (values ?? []).Select(v => new ApiInputValue(v.Name.StringValue, ApiTypeRef.From(v.Type, resolve), v.DefaultValue)).ToList();

    private static List<string> InterfaceNames(GraphQLImplementsInterfaces? interfaces) =>
        (interfaces?.Items ?? []).Select(i => i.Name.StringValue).ToList();

    private static void AddTo(Dictionary<string, List<ApiType>> map, string key, ApiType type)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(type);
    }

    private static bool HasDirective(GraphQLDirectives? directives, string name) =>
        directives?.Items.Any(d => d.Name.StringValue == name) == true;

    private static string? SpecifiedByUrl(GraphQLScalarTypeDefinition scalar)
    {
        var directive = scalar.Directives?.Items.FirstOrDefault(d => d.Name.StringValue == "specifiedBy");
        var url = directive?.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "url")?.Value;
        return url is GraphQLStringValue text ? text.Value.ToString() : null;
    }
}
