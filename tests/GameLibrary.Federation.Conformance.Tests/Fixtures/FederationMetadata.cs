using GraphQLParser.AST;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>What the fixture engine needs from a subgraph SDL's federation directives: keys, requires and root type names.</summary>
internal sealed class FederationMetadata
{
    private const string FederationSpecPrefix = "https://specs.apollo.dev/federation/";

    private readonly Dictionary<string, List<EntityKey>> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Field), FieldSet> _requires = [];

    // Local directive name → federation directive name, from @link's import list (Federation 2 may rename).
    private readonly Dictionary<string, string> _imports = new(StringComparer.Ordinal);
    private bool _linksFederation;

    private FederationMetadata()
    {
    }

    public string QueryTypeName { get; private set; } = "Query";

    public string MutationTypeName { get; private set; } = "Mutation";

    public string SubscriptionTypeName { get; private set; } = "Subscription";

    /// <summary>The names of the types that carry at least one <c>@key</c>.</summary>
    public IEnumerable<string> EntityTypeNames => _keys.Keys;

    public static FederationMetadata Read(GraphQLDocument document)
    {
        FederationMetadata metadata = new();
        foreach (ASTNode definition in document.Definitions)
        {
            if (definition is GraphQLSchemaExtension { Directives: { } schemaDirectives })
            {
                metadata.ReadLinks(schemaDirectives);
            }
            else if (definition is GraphQLSchemaDefinition { Directives: { } definitionDirectives })
            {
                metadata.ReadLinks(definitionDirectives);
            }
        }

        foreach (ASTNode definition in document.Definitions)
        {
            metadata.ReadDefinition(definition);
        }

        return metadata;
    }

    public IReadOnlyList<EntityKey> KeysOf(string typeName) => _keys.TryGetValue(typeName, out List<EntityKey>? keys) ? keys : [];

    public FieldSet? RequiresOf(string typeName, string fieldName) => _requires.GetValueOrDefault((typeName, fieldName));

    /// <summary>The data key ("Query", "Mutation", "Subscription") of a root type, or null for other types.</summary>
    public string? RootDataKeyOf(string typeName) =>
        typeName == QueryTypeName ? "Query"
        : typeName == MutationTypeName ? "Mutation"
        : typeName == SubscriptionTypeName ? "Subscription"
        : null;

    private void ReadLinks(GraphQLDirectives directives)
    {
        foreach (GraphQLDirective link in directives.Items.Where(directive => directive.Name.StringValue == "link"))
        {
            if (Argument(link, "url") is not GraphQLStringValue url || !url.Value.ToString().StartsWith(FederationSpecPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            _linksFederation = true;
            if (Argument(link, "import") is not GraphQLListValue { Values: { } imports })
            {
                continue;
            }

            foreach (GraphQLValue import in imports)
            {
                switch (import)
                {
                    case GraphQLStringValue name:
                        _imports[Unprefixed(name.Value.ToString())] = Unprefixed(name.Value.ToString());
                        break;
                    case GraphQLObjectValue renamed when Field(renamed, "name") is GraphQLStringValue name:
                        string local = Field(renamed, "as") is GraphQLStringValue alias ? alias.Value.ToString() : name.Value.ToString();
                        _imports[Unprefixed(local)] = Unprefixed(name.Value.ToString());
                        break;
                }
            }
        }
    }

    private void ReadDefinition(ASTNode definition)
    {
        switch (definition)
        {
            case GraphQLSchemaDefinition schema:
                ReadRootTypes(schema.OperationTypes);
                break;
            case GraphQLSchemaExtension { OperationTypes: { } operationTypes }:
                ReadRootTypes(operationTypes);
                break;
            case GraphQLObjectTypeDefinition type:
                ReadComplexType(type.Name.StringValue, type.Directives, type.Fields);
                break;
            case GraphQLObjectTypeExtension type:
                ReadComplexType(type.Name.StringValue, type.Directives, type.Fields);
                break;
            case GraphQLInterfaceTypeDefinition type:
                ReadComplexType(type.Name.StringValue, type.Directives, type.Fields);
                break;
            case GraphQLInterfaceTypeExtension type:
                ReadComplexType(type.Name.StringValue, type.Directives, type.Fields);
                break;
        }
    }

    private void ReadRootTypes(List<GraphQLRootOperationTypeDefinition> operationTypes)
    {
        foreach (GraphQLRootOperationTypeDefinition operationType in operationTypes)
        {
            string name = operationType.Type!.Name.StringValue;
            switch (operationType.Operation)
            {
                case OperationType.Query:
                    QueryTypeName = name;
                    break;
                case OperationType.Mutation:
                    MutationTypeName = name;
                    break;
                case OperationType.Subscription:
                    SubscriptionTypeName = name;
                    break;
            }
        }
    }

    private void ReadComplexType(string typeName, GraphQLDirectives? directives, GraphQLFieldsDefinition? fields)
    {
        foreach (GraphQLDirective key in Directives(directives, "key"))
        {
            if (Argument(key, "fields") is not GraphQLStringValue keyFields)
            {
                throw new FixtureException($"@key on {typeName} has no fields argument.");
            }

            bool resolvable = Argument(key, "resolvable") is not GraphQLBooleanValue { BoolValue: false };
            if (!_keys.TryGetValue(typeName, out List<EntityKey>? keys))
            {
                _keys[typeName] = keys = [];
            }

            keys.Add(new EntityKey(FieldSet.Parse(keyFields.Value.ToString()), resolvable));
        }

        foreach (GraphQLFieldDefinition field in fields?.Items ?? [])
        {
            foreach (GraphQLDirective requires in Directives(field.Directives, "requires"))
            {
                if (Argument(requires, "fields") is not GraphQLStringValue requiredFields)
                {
                    throw new FixtureException($"@requires on {typeName}.{field.Name.StringValue} has no fields argument.");
                }

                _requires[(typeName, field.Name.StringValue)] = FieldSet.Parse(requiredFields.Value.ToString());
            }
        }
    }

    /// <summary>The applications of a federation directive, under its imported name, its <c>federation__</c> name, or (Federation 1) its bare name.</summary>
    private IEnumerable<GraphQLDirective> Directives(GraphQLDirectives? directives, string federationName) =>
        directives?.Items.Where(directive => FederationNameOf(directive.Name.StringValue) == federationName) ?? [];

    private string FederationNameOf(string localName)
    {
        if (_imports.TryGetValue(localName, out string? imported))
        {
            return imported;
        }

        const string Namespace = "federation__";
        if (localName.StartsWith(Namespace, StringComparison.Ordinal))
        {
            return localName[Namespace.Length..];
        }

        // Without a federation @link (Federation 1) every federation directive goes by its bare name.
        return _linksFederation ? string.Empty : localName;
    }

    private static string Unprefixed(string directiveName) => directiveName.TrimStart('@');

    private static GraphQLValue? Argument(GraphQLDirective directive, string name) =>
        directive.Arguments?.Items.FirstOrDefault(argument => argument.Name.StringValue == name)?.Value;

    private static GraphQLValue? Field(GraphQLObjectValue value, string name) =>
        value.Fields?.FirstOrDefault(field => field.Name.StringValue == name)?.Value;
}
