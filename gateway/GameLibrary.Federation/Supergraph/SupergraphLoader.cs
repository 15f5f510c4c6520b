using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace GameLibrary.Federation.Supergraph;

/// <summary>Builds a <see cref="SupergraphSchema"/> from a supergraph document (Apollo or The Guild composition, join v0.1–v0.5).</summary>
internal sealed class SupergraphLoader
{
    private readonly Dictionary<string, List<ASTNode>> _parts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SupergraphType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SubgraphInfo> _graphsByEnumValue = new(StringComparer.Ordinal);
    private readonly List<SubgraphInfo> _subgraphs = [];
    private readonly List<GraphQLDirective> _schemaDirectives = [];
    private readonly Dictionary<OperationType, string> _roots = [];
    private JoinSpecNames _join = null!;

    private SupergraphLoader()
    {
    }

    /// <summary>Loads the document; throws <see cref="SupergraphException"/> naming the problem.</summary>
    public static SupergraphSchema Load(GraphQLDocument document)
    {
        var loader = new SupergraphLoader();
        return loader.Build(document);
    }

    private SupergraphSchema Build(GraphQLDocument document)
    {
        CollectDefinitions(document);
        _join = JoinSpecNames.Resolve(_schemaDirectives);
        ReadGraphs();
        CreateTypes();
        foreach (var type in _types.Values)
        {
            ReadTypeMembership(type);
        }

        foreach (var type in _types.Values)
        {
            ReadFieldMembership(type);
            ReadAbstractMembership(type);
        }

        foreach (var type in _types.Values)
        {
            ReadFieldSets(type);
        }

        var query = _roots.GetValueOrDefault(OperationType.Query, "Query");
        if (!_types.TryGetValue(query, out var queryType) || queryType.Kind != SupergraphTypeKind.Object)
        {
            throw new SupergraphException($"The supergraph has no query root type \"{query}\".");
        }

        return new SupergraphSchema(
            _subgraphs,
            _types,
            query,
            RootIfPresent(OperationType.Mutation, "Mutation"),
            RootIfPresent(OperationType.Subscription, "Subscription"),
            _join.Version);
    }

    private string? RootIfPresent(OperationType operation, string defaultName)
    {
        if (_roots.TryGetValue(operation, out var name))
        {
            return _types.ContainsKey(name) ? name : throw new SupergraphException($"The {operation} root type \"{name}\" is not defined.");
        }

        return _types.ContainsKey(defaultName) ? defaultName : null;
    }

    private void CollectDefinitions(GraphQLDocument document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLSchemaDefinition schema:
                    AddSchema(schema.Directives, schema.OperationTypes);
                    break;
                case GraphQLSchemaExtension extension:
                    AddSchema(extension.Directives, extension.OperationTypes);
                    break;
                case GraphQLDirectiveDefinition:
                    break;
                case GraphQLTypeDefinition or GraphQLTypeExtension when definition is INamedNode named:
                    var name = named.Name.StringValue;
                    if (!_parts.TryGetValue(name, out var parts))
                    {
                        parts = [];
                        _parts.Add(name, parts);
                    }

                    parts.Add(definition);
                    break;
            }
        }
    }

    private void AddSchema(GraphQLDirectives? directives, List<GraphQLRootOperationTypeDefinition>? operations)
    {
        if (directives is not null)
        {
            _schemaDirectives.AddRange(directives.Items);
        }

        foreach (var operation in operations ?? [])
        {
            if (operation.Type is not null)
            {
                _roots[operation.Operation] = operation.Type.Name.StringValue;
            }
        }
    }

    private void ReadGraphs()
    {
        if (!_parts.TryGetValue(_join.GraphEnum, out var parts) || parts.OfType<GraphQLEnumTypeDefinition>().FirstOrDefault() is not { } graphEnum)
        {
            throw new SupergraphException($"The supergraph has no {_join.GraphEnum} enum naming its subgraphs.");
        }

        foreach (var value in graphEnum.Values?.Items ?? [])
        {
            var enumValue = value.EnumValue.Name.StringValue;
            var graph = DirectiveArguments.Named(value.Directives, _join.Graph).FirstOrDefault()
                ?? throw new SupergraphException($"{_join.GraphEnum}.{enumValue} has no @{_join.Graph}(name:, url:).");
            var name = DirectiveArguments.GetString(graph, "name")
                ?? throw new SupergraphException($"@{_join.Graph} on {_join.GraphEnum}.{enumValue} has no name.");
            var url = DirectiveArguments.GetString(graph, "url") ?? string.Empty;
            if (_subgraphs.Exists(s => s.Name == name))
            {
                throw new SupergraphException($"Two {_join.GraphEnum} values are named \"{name}\" ({_join.GraphEnum}.{enumValue}).");
            }

            var info = new SubgraphInfo(name, enumValue, url);
            _subgraphs.Add(info);
            _graphsByEnumValue.Add(enumValue, info);
        }

        if (_subgraphs.Count == 0)
        {
            throw new SupergraphException($"The {_join.GraphEnum} enum has no values: the supergraph has no subgraphs.");
        }
    }

    private void CreateTypes()
    {
        foreach (var (name, parts) in _parts)
        {
            var kind = parts.Select(KindOf).FirstOrDefault(k => k is not null)
                ?? throw new SupergraphException($"Type {name} is only extended, never defined.");
            var type = new SupergraphType(name, kind);
            foreach (var part in parts)
            {
                if (part is IHasFieldsDefinitionNode { Fields: { } fields })
                {
                    foreach (var field in fields.Items)
                    {
                        type.AddField(new SupergraphField(name, field.Name.StringValue, TypeReference.From(field.Type), field.Arguments));
                    }
                }

                if (part is GraphQLInputObjectTypeDefinition { Fields: { } inputFields })
                {
                    AddInputFields(type, inputFields.Items);
                }

                if (part is GraphQLInputObjectTypeExtension { Fields: { } extensionFields })
                {
                    AddInputFields(type, extensionFields.Items);
                }

                if (part is IHasInterfacesNode { Interfaces: { } interfaces })
                {
                    foreach (var implemented in interfaces.Items)
                    {
                        type.AddInterface(implemented.Name.StringValue);
                    }
                }

                foreach (var value in EnumValues(part))
                {
                    type.AddEnumValue(value.EnumValue.Name.StringValue);
                }
            }

            _types.Add(name, type);
        }

        foreach (var type in _types.Values)
        {
            foreach (var implemented in type.Interfaces)
            {
                if (!_types.TryGetValue(implemented, out var target) || target.Kind != SupergraphTypeKind.Interface)
                {
                    throw new SupergraphException($"Type {type.Name} implements {implemented}, which is not a defined interface.");
                }

                if (type.Kind == SupergraphTypeKind.Object)
                {
                    target.AddPossibleType(type.Name);
                }
            }

            foreach (var member in UnionMembers(type.Name))
            {
                if (!_types.TryGetValue(member, out var target) || target.Kind != SupergraphTypeKind.Object)
                {
                    throw new SupergraphException($"Union {type.Name} has member {member}, which is not a defined object type.");
                }

                type.AddPossibleType(member);
            }
        }

        foreach (var type in _types.Values)
        {
            foreach (var field in type.Fields.Values)
            {
                if (!_types.ContainsKey(field.Type.Name) && !IsBuiltInScalar(field.Type.Name))
                {
                    throw new SupergraphException($"Field {field.Coordinate} has unknown type {field.Type.Name}.");
                }
            }
        }
    }

    private static void AddInputFields(SupergraphType type, List<GraphQLInputValueDefinition> fields)
    {
        foreach (var field in fields)
        {
            type.AddField(new SupergraphField(type.Name, field.Name.StringValue, TypeReference.From(field.Type), null));
        }
    }

    private static bool IsBuiltInScalar(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";

    private static SupergraphTypeKind? KindOf(ASTNode node) => node switch
    {
        GraphQLObjectTypeDefinition or GraphQLObjectTypeExtension => SupergraphTypeKind.Object,
        GraphQLInterfaceTypeDefinition or GraphQLInterfaceTypeExtension => SupergraphTypeKind.Interface,
        GraphQLUnionTypeDefinition or GraphQLUnionTypeExtension => SupergraphTypeKind.Union,
        GraphQLEnumTypeDefinition or GraphQLEnumTypeExtension => SupergraphTypeKind.Enum,
        GraphQLInputObjectTypeDefinition or GraphQLInputObjectTypeExtension => SupergraphTypeKind.InputObject,
        GraphQLScalarTypeDefinition or GraphQLScalarTypeExtension => SupergraphTypeKind.Scalar,
        _ => null,
    };

    private static IEnumerable<GraphQLEnumValueDefinition> EnumValues(ASTNode node) => node switch
    {
        GraphQLEnumTypeDefinition { Values: { } values } => values.Items,
        GraphQLEnumTypeExtension { Values: { } values } => values.Items,
        _ => [],
    };

    private IEnumerable<string> UnionMembers(string typeName)
    {
        foreach (var part in _parts[typeName])
        {
            var members = part switch
            {
                GraphQLUnionTypeDefinition { Types: { } types } => types.Items,
                GraphQLUnionTypeExtension { Types: { } types } => types.Items,
                _ => null,
            };
            foreach (var member in members ?? [])
            {
                yield return member.Name.StringValue;
            }
        }
    }

    private IEnumerable<GraphQLDirective> TypeDirectives(string typeName, string directiveName) =>
        _parts[typeName].OfType<IHasDirectivesNode>().SelectMany(p => DirectiveArguments.Named(p.Directives, directiveName));

    private SubgraphInfo Graph(GraphQLDirective directive, string coordinate, string argument = "graph")
    {
        var value = DirectiveArguments.GetEnum(directive, argument)
            ?? throw new SupergraphException($"@{directive.Name.StringValue} on {coordinate} has no {argument} argument.");
        return _graphsByEnumValue.TryGetValue(value, out var graph)
            ? graph
            : throw new SupergraphException($"@{directive.Name.StringValue} on {coordinate} names unknown graph {value} (not a {_join.GraphEnum} value).");
    }

    private void ReadTypeMembership(SupergraphType type)
    {
        var joinTypes = TypeDirectives(type.Name, _join.Type).ToList();
        if (joinTypes.Count == 0)
        {
            // A type without @join__type (Fed1 value types, built-in-like scalars) exists in every subgraph.
            foreach (var subgraph in _subgraphs)
            {
                type.GetOrAddSubgraph(subgraph.Name);
            }
        }

        foreach (var joinType in joinTypes)
        {
            var graph = Graph(joinType, type.Name);
            var info = type.GetOrAddSubgraph(graph.Name);
            info.IsExtension |= DirectiveArguments.GetBool(joinType, "extension");
            if (DirectiveArguments.GetBool(joinType, "isInterfaceObject"))
            {
                if (type.Kind != SupergraphTypeKind.Interface)
                {
                    throw new SupergraphException($"@{_join.Type}(isInterfaceObject: true) on {type.Name}, which is not an interface.");
                }

                info.IsInterfaceObject = true;
            }
        }

        if (type.Kind == SupergraphTypeKind.Enum)
        {
            ReadEnumValueMembership(type);
        }
    }

    private void ReadEnumValueMembership(SupergraphType type)
    {
        foreach (var value in _parts[type.Name].SelectMany(EnumValues))
        {
            var name = value.EnumValue.Name.StringValue;
            var joins = DirectiveArguments.Named(value.Directives, _join.EnumValue).ToList();
            if (joins.Count == 0)
            {
                foreach (var info in type.Subgraphs.Values)
                {
                    info.AddEnumValue(name);
                }

                continue;
            }

            foreach (var join in joins)
            {
                var graph = Graph(join, $"{type.Name}.{name}");
                type.GetOrAddSubgraph(graph.Name).AddEnumValue(name);
            }
        }
    }

    private void ReadFieldMembership(SupergraphType type)
    {
        if (type.Kind is not (SupergraphTypeKind.Object or SupergraphTypeKind.Interface or SupergraphTypeKind.InputObject))
        {
            return;
        }

        var owner = _join.IsFederation1
            ? TypeDirectives(type.Name, _join.Owner).Select(d => Graph(d, type.Name).Name).FirstOrDefault()
            : null;
        foreach (var part in _parts[type.Name])
        {
            foreach (var (name, directives) in FieldDirectives(part))
            {
                var field = type.Fields[name];
                var joins = DirectiveArguments.Named(directives, _join.Field).ToList();
                if (joins.Count == 0)
                {
                    // No @join__field: every subgraph that has the type resolves it (Fed1: the owner, for an entity).
                    if (owner is not null)
                    {
                        field.GetOrAdd(owner);
                    }
                    else
                    {
                        foreach (var subgraph in type.Subgraphs.Keys)
                        {
                            field.GetOrAdd(subgraph);
                        }
                    }

                    continue;
                }

                foreach (var join in joins)
                {
                    if (DirectiveArguments.Get(join, "graph") is null or GraphQLNullValue)
                    {
                        // @join__field without graph: no subgraph resolves the field directly (e.g. it comes from an interface object).
                        continue;
                    }

                    var graph = Graph(join, field.Coordinate);
                    if (DirectiveArguments.Get(join, "contextArguments") is GraphQLListValue)
                    {
                        throw new SupergraphException(
                            $"Field {field.Coordinate} takes arguments from @fromContext (@{_join.Field}(contextArguments:) in graph {graph.EnumValue}), which this gateway does not support.");
                    }

                    var info = field.GetOrAdd(graph.Name);
                    info.IsExternal |= DirectiveArguments.GetBool(join, "external");
                    info.Type = DirectiveArguments.GetString(join, "type");
                    info.OverrideFrom = DirectiveArguments.GetString(join, "override");
                    info.OverrideLabel = DirectiveArguments.GetString(join, "overrideLabel");

                    // usedOverridden, or the source side of a progressive override (label without "override"):
                    // the override is treated as fully applied, so the old subgraph no longer resolves the field.
                    info.IsOverridden |= DirectiveArguments.GetBool(join, "usedOverridden")
                        || (info.OverrideLabel is not null && info.OverrideFrom is null);
                }
            }
        }
    }

    private static IEnumerable<(string Name, GraphQLDirectives? Directives)> FieldDirectives(ASTNode part)
    {
        if (part is IHasFieldsDefinitionNode { Fields: { } fields })
        {
            foreach (var field in fields.Items)
            {
                yield return (field.Name.StringValue, field.Directives);
            }
        }

        var inputFields = part switch
        {
            GraphQLInputObjectTypeDefinition { Fields: { } f } => f.Items,
            GraphQLInputObjectTypeExtension { Fields: { } f } => f.Items,
            _ => null,
        };
        foreach (var field in inputFields ?? [])
        {
            yield return (field.Name.StringValue, field.Directives);
        }
    }

    private void ReadAbstractMembership(SupergraphType type)
    {
        if (type.Kind == SupergraphTypeKind.Union)
        {
            var joins = TypeDirectives(type.Name, _join.UnionMember).ToList();
            foreach (var join in joins)
            {
                var graph = Graph(join, type.Name);
                var member = DirectiveArguments.GetString(join, "member")
                    ?? throw new SupergraphException($"@{_join.UnionMember} on {type.Name} has no member.");
                if (!type.PossibleTypes.Contains(member))
                {
                    throw new SupergraphException($"@{_join.UnionMember} on {type.Name} names {member}, which is not a member of the union.");
                }

                type.GetOrAddSubgraph(graph.Name).AddPossibleType(member);
            }

            if (joins.Count == 0)
            {
                // Join before v0.3 does not record union members per subgraph: a member belongs where both types exist.
                foreach (var member in type.PossibleTypes)
                {
                    foreach (var (subgraph, info) in type.Subgraphs)
                    {
                        if (_types[member].Subgraphs.ContainsKey(subgraph))
                        {
                            info.AddPossibleType(member);
                        }
                    }
                }
            }

            return;
        }

        if (type.Kind is not (SupergraphTypeKind.Object or SupergraphTypeKind.Interface))
        {
            return;
        }

        var implements = TypeDirectives(type.Name, _join.Implements).ToList();
        foreach (var join in implements)
        {
            var graph = Graph(join, type.Name);
            var implemented = DirectiveArguments.GetString(join, "interface")
                ?? throw new SupergraphException($"@{_join.Implements} on {type.Name} has no interface.");
            if (!type.Interfaces.Contains(implemented))
            {
                throw new SupergraphException($"@{_join.Implements} on {type.Name} names {implemented}, which {type.Name} does not implement.");
            }

            AddImplementation(type, graph.Name, implemented);
        }

        if (implements.Count == 0)
        {
            // Join v0.1 has no @join__implements (and composers omit it when no subgraph lists the interface):
            // an implementation holds wherever both types exist.
            foreach (var implemented in type.Interfaces)
            {
                foreach (var subgraph in type.Subgraphs.Keys)
                {
                    if (_types[implemented].Subgraphs.ContainsKey(subgraph))
                    {
                        AddImplementation(type, subgraph, implemented);
                    }
                }
            }
        }
    }

    private void AddImplementation(SupergraphType type, string subgraph, string implemented)
    {
        type.GetOrAddSubgraph(subgraph).AddInterface(implemented);
        var target = _types[implemented].GetOrAddSubgraph(subgraph);
        if (type.Kind == SupergraphTypeKind.Object)
        {
            target.AddPossibleType(type.Name);
        }
    }

    private void ReadFieldSets(SupergraphType type)
    {
        foreach (var joinType in TypeDirectives(type.Name, _join.Type))
        {
            var keyText = DirectiveArguments.GetString(joinType, "key");
            if (keyText is null)
            {
                continue;
            }

            var graph = Graph(joinType, type.Name);
            var key = ParseFieldSet(type, keyText, $"@{_join.Type}(graph: {graph.EnumValue}, key:) on {type.Name}");
            type.GetOrAddSubgraph(graph.Name).AddKey(new EntityKey(graph.Name, key, DirectiveArguments.GetBool(joinType, "resolvable", true)));
            if (_join.IsFederation1)
            {
                // Fed1 extensions mark key fields @external, yet the subgraph gets them from the representation.
                MarkKnown(type, key.SelectionSet, graph.Name, external: false);
            }
        }

        foreach (var part in _parts[type.Name])
        {
            foreach (var (name, directives) in FieldDirectives(part))
            {
                var field = type.Fields[name];
                foreach (var join in DirectiveArguments.Named(directives, _join.Field))
                {
                    if (DirectiveArguments.Get(join, "graph") is null or GraphQLNullValue)
                    {
                        continue;
                    }

                    var graph = Graph(join, field.Coordinate);
                    var info = field.GetOrAdd(graph.Name);
                    if (DirectiveArguments.GetString(join, "requires") is { } requires)
                    {
                        info.Requires = ParseFieldSet(type, requires, $"@{_join.Field}(graph: {graph.EnumValue}, requires:) on {field.Coordinate}");
                        if (_join.IsFederation1)
                        {
                            MarkKnown(type, info.Requires.SelectionSet, graph.Name, external: true);
                        }
                    }

                    if (DirectiveArguments.GetString(join, "provides") is { } provides)
                    {
                        var target = _types.GetValueOrDefault(field.Type.Name);
                        if (target is null || !target.IsComposite)
                        {
                            throw new SupergraphException($"@{_join.Field}(provides:) on {field.Coordinate}: the field's type {field.Type.Name} has no fields.");
                        }

                        info.Provides = ParseFieldSet(target, provides, $"@{_join.Field}(graph: {graph.EnumValue}, provides:) on {field.Coordinate}");
                        if (_join.IsFederation1)
                        {
                            MarkKnown(target, info.Provides.SelectionSet, graph.Name, external: true);
                        }
                    }
                }
            }
        }
    }

    private void MarkKnown(SupergraphType type, GraphQLSelectionSet selectionSet, string subgraph, bool external)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when type.Field(field.Name.StringValue) is { } definition:
                    if (!definition.Subgraphs.ContainsKey(subgraph))
                    {
                        definition.GetOrAdd(subgraph).IsExternal = external;
                    }

                    if (field.SelectionSet is not null && _types.TryGetValue(definition.Type.Name, out var child))
                    {
                        MarkKnown(child, field.SelectionSet, subgraph, external);
                    }

                    break;
                case GraphQLInlineFragment fragment:
                    var conditionType = fragment.TypeCondition is null ? type : _types[fragment.TypeCondition.Type.Name.StringValue];
                    MarkKnown(conditionType, fragment.SelectionSet, subgraph, external);
                    break;
            }
        }
    }

    private FieldSet ParseFieldSet(SupergraphType type, string text, string coordinate)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse("{" + text + "}", new ParserOptions { Ignore = IgnoreOptions.All });
        }
        catch (GraphQLParserException ex)
        {
            throw new SupergraphException($"Invalid field set \"{text}\" in {coordinate}: {ex.Description}", ex);
        }

        if (document.Definitions is not [GraphQLOperationDefinition { SelectionSet: { } selectionSet }])
        {
            throw new SupergraphException($"Invalid field set \"{text}\" in {coordinate}: not a selection set.");
        }

        ValidateSelections(type, selectionSet, text, coordinate);
        return new FieldSet(type.Name, text, selectionSet);
    }

    private void ValidateSelections(SupergraphType type, GraphQLSelectionSet selectionSet, string text, string coordinate)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var name = field.Name.StringValue;
                    if (name == "__typename")
                    {
                        continue;
                    }

                    var definition = type.Field(name)
                        ?? throw new SupergraphException($"Invalid field set \"{text}\" in {coordinate}: type {type.Name} has no field \"{name}\".");
                    var fieldType = _types.GetValueOrDefault(definition.Type.Name);
                    var composite = fieldType?.IsComposite == true;
                    if (composite && field.SelectionSet is null)
                    {
                        throw new SupergraphException($"Invalid field set \"{text}\" in {coordinate}: field {definition.Coordinate} needs a selection.");
                    }

                    if (!composite && field.SelectionSet is not null)
                    {
                        throw new SupergraphException($"Invalid field set \"{text}\" in {coordinate}: field {definition.Coordinate} is a leaf and cannot have a selection.");
                    }

                    if (composite)
                    {
                        ValidateSelections(fieldType!, field.SelectionSet!, text, coordinate);
                    }

                    break;
                case GraphQLInlineFragment fragment:
                    var target = type;
                    if (fragment.TypeCondition is not null)
                    {
                        var conditionName = fragment.TypeCondition.Type.Name.StringValue;
                        target = _types.GetValueOrDefault(conditionName) is { IsComposite: true } t
                            ? t
                            : throw new SupergraphException($"Invalid field set \"{text}\" in {coordinate}: unknown type condition {conditionName}.");
                    }

                    ValidateSelections(target, fragment.SelectionSet, text, coordinate);
                    break;
                default:
                    throw new SupergraphException($"Invalid field set \"{text}\" in {coordinate}: fragment spreads are not allowed.");
            }
        }
    }
}
