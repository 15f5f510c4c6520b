using GameLibrary.Federation.Composition.Model;

using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace GameLibrary.Federation.Composition.Subgraphs;

/// <summary>
/// Reads a subgraph's SDL into a <see cref="Schema"/>, folding <c>extend</c> blocks into their types and renaming
/// root types to their default names (<c>schema { query: RootQuery }</c> becomes <c>Query</c>), as federation requires.
/// </summary>
internal sealed class SdlReader
{
    private static readonly Dictionary<RootKind, string> CodeOfRootConflict = new()
    {
        [RootKind.Query] = CompositionErrorCodes.RootQueryUsed,
        [RootKind.Mutation] = CompositionErrorCodes.RootMutationUsed,
        [RootKind.Subscription] = CompositionErrorCodes.RootSubscriptionUsed,
    };

    private readonly string subgraph;
    private readonly CompositionDiagnostics diagnostics;
    private readonly Dictionary<string, string> renames = new(StringComparer.Ordinal);
    private readonly Schema schema = new();

    private SdlReader(string subgraph, CompositionDiagnostics diagnostics)
    {
        this.subgraph = subgraph;
        this.diagnostics = diagnostics;
    }

    /// <summary>The schema, or null when the SDL is not valid GraphQL (the reason is reported).</summary>
    public static Schema? Read(string subgraph, string sdl, CompositionDiagnostics diagnostics)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLParserException e)
        {
            diagnostics.SubgraphError(subgraph, CompositionErrorCodes.InvalidGraphQL,
                $"Syntax Error: {SyntaxErrors.Describe(e)} ({e.Location.Line}:{e.Location.Column})");
            return null;
        }

        var reader = new SdlReader(subgraph, diagnostics);
        var errorsBefore = diagnostics.Errors.Count;
        reader.ReadSchemaDefinitions(document);
        foreach (var definition in document.Definitions)
        {
            reader.ReadDefinition(definition);
        }

        return diagnostics.Errors.Count == errorsBefore ? reader.schema : null;
    }

    private void ReadSchemaDefinitions(GraphQLDocument document)
    {
        var declaredRoots = new Dictionary<RootKind, string>();
        foreach (var definition in document.Definitions)
        {
            var (operations, directives, onExtension) = definition switch
            {
                GraphQLSchemaDefinition d => (d.OperationTypes, d.Directives, false),
                GraphQLSchemaExtension e => (e.OperationTypes, e.Directives, true),
                _ => (null, null, false),
            };
            if (definition is GraphQLSchemaDefinition { Description: { } description })
            {
                schema.Description = (string)description.Value;
            }

            foreach (var operation in operations ?? [])
            {
                declaredRoots[ToRootKind(operation.Operation)] = operation.Type!.Name.StringValue;
            }

            schema.Directives.AddRange(ReadDirectives(directives, onExtension));
        }

        var typeNames = document.Definitions.OfType<INamedNode>().Select(n => n.Name.StringValue).ToHashSet(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<RootKind>())
        {
            var defaultName = kind.ToString();
            if (declaredRoots.TryGetValue(kind, out var declared) && declared != defaultName)
            {
                if (typeNames.Contains(defaultName))
                {
                    diagnostics.SubgraphError(subgraph, CodeOfRootConflict[kind],
                        $"The schema has a type named \"{defaultName}\" but it is not set as the {kind.ToString().ToLowerInvariant()} root type (\"{declared}\" is instead): "
                        + "this is not supported by federation. If a root type does not use its default name, there should be no other type with that default name.");
                    continue;
                }

                renames[declared] = defaultName;
            }

            if (declaredRoots.ContainsKey(kind) || typeNames.Contains(defaultName))
            {
                schema.Roots[kind] = defaultName;
            }
        }
    }

    private static RootKind ToRootKind(OperationType operation) => operation switch
    {
        OperationType.Mutation => RootKind.Mutation,
        OperationType.Subscription => RootKind.Subscription,
        _ => RootKind.Query,
    };

    private string Name(GraphQLName name) => renames.GetValueOrDefault(name.StringValue, name.StringValue);

    private void ReadDefinition(ASTNode definition)
    {
        switch (definition)
        {
            case GraphQLDirectiveDefinition directive:
                ReadDirectiveDefinition(directive);
                break;
            case GraphQLTypeDefinition type when Kind(type) is { } kind:
                ReadType(type, type.Name, kind, onExtension: false);
                break;
            case GraphQLTypeExtension extension when Kind(extension) is { } kind:
                ReadType(extension, extension.Name, kind, onExtension: true);
                break;
        }
    }

    private static TypeKind? Kind(ASTNode node) => node switch
    {
        GraphQLScalarTypeDefinition or GraphQLScalarTypeExtension => TypeKind.Scalar,
        GraphQLObjectTypeDefinition or GraphQLObjectTypeExtension => TypeKind.Object,
        GraphQLInterfaceTypeDefinition or GraphQLInterfaceTypeExtension => TypeKind.Interface,
        GraphQLUnionTypeDefinition or GraphQLUnionTypeExtension => TypeKind.Union,
        GraphQLEnumTypeDefinition or GraphQLEnumTypeExtension => TypeKind.Enum,
        GraphQLInputObjectTypeDefinition or GraphQLInputObjectTypeExtension => TypeKind.InputObject,
        _ => null,
    };

    private void ReadType(ASTNode node, GraphQLName nameNode, TypeKind kind, bool onExtension)
    {
        var name = Name(nameNode);
        var type = schema.Type(name);
        if (type is null)
        {
            type = new TypeDefinition(name, kind);
            schema.Types.Add(name, type);
        }
        else if (type.Kind != kind)
        {
            diagnostics.SubgraphError(subgraph, CompositionErrorCodes.InvalidGraphQL,
                $"Type \"{name}\" is declared as both {type.Kind} and {kind}.");
            return;
        }
        else if (!onExtension && type.HasDefinition)
        {
            diagnostics.SubgraphError(subgraph, CompositionErrorCodes.InvalidGraphQL, $"There can be only one type named \"{name}\".");
            return;
        }

        if (onExtension)
        {
            type.HasExtension = true;
        }
        else
        {
            type.HasDefinition = true;
            type.Description = Description(node);
        }

        type.Directives.AddRange(ReadDirectives((node as IHasDirectivesNode)?.Directives, onExtension));
        foreach (var itf in (node as IHasInterfacesNode)?.Interfaces?.Items ?? [])
        {
            type.Interfaces.Add(Name(itf.Name));
        }

        foreach (var field in (node as IHasFieldsDefinitionNode)?.Fields?.Items ?? [])
        {
            ReadField(type, field, onExtension);
        }

        switch (node)
        {
            case GraphQLUnionTypeDefinition { Types: { } members }:
                type.Members.AddRange(members.Items.Select(m => Name(m.Name)));
                break;
            case GraphQLUnionTypeExtension { Types: { } members }:
                type.Members.AddRange(members.Items.Select(m => Name(m.Name)));
                break;
            case GraphQLEnumTypeDefinition { Values: { } values }:
                ReadEnumValues(type, values.Items);
                break;
            case GraphQLEnumTypeExtension { Values: { } values }:
                ReadEnumValues(type, values.Items);
                break;
            case GraphQLInputObjectTypeDefinition { Fields: { } fields }:
                ReadInputFields(type, fields.Items);
                break;
            case GraphQLInputObjectTypeExtension { Fields: { } fields }:
                ReadInputFields(type, fields.Items);
                break;
        }
    }

    private void ReadField(TypeDefinition type, GraphQLFieldDefinition node, bool onExtension)
    {
        var name = node.Name.StringValue;
        if (type.Fields.ContainsKey(name))
        {
            diagnostics.SubgraphError(subgraph, CompositionErrorCodes.InvalidGraphQL, $"Field \"{type.Name}.{name}\" can only be defined once.");
            return;
        }

        var field = new FieldDefinition(type, name, ReadType(node.Type)) { OnExtension = onExtension, Description = Description(node) };
        field.Directives.AddRange(ReadDirectives(node.Directives, onExtension: false));
        foreach (var argument in node.Arguments?.Items ?? [])
        {
            var value = ReadInputValue(argument, $"{type.Name}.{name}({argument.Name.StringValue}:)");
            field.Arguments[value.Name] = value;
        }

        type.Fields.Add(name, field);
    }

    private void ReadEnumValues(TypeDefinition type, List<GraphQLEnumValueDefinition> values)
    {
        foreach (var node in values)
        {
            var value = new EnumValueDefinition(node.Name.StringValue, $"{type.Name}.{node.Name.StringValue}") { Description = Description(node) };
            value.Directives.AddRange(ReadDirectives(node.Directives, onExtension: false));
            if (!type.Values.TryAdd(value.Name, value))
            {
                diagnostics.SubgraphError(subgraph, CompositionErrorCodes.InvalidGraphQL, $"Enum value \"{value.Coordinate}\" can only be defined once.");
            }
        }
    }

    private void ReadInputFields(TypeDefinition type, List<GraphQLInputValueDefinition> fields)
    {
        foreach (var node in fields)
        {
            var field = ReadInputValue(node, $"{type.Name}.{node.Name.StringValue}");
            if (!type.InputFields.TryAdd(field.Name, field))
            {
                diagnostics.SubgraphError(subgraph, CompositionErrorCodes.InvalidGraphQL, $"Input field \"{field.Coordinate}\" can only be defined once.");
            }
        }
    }

    private InputValueDefinition ReadInputValue(GraphQLInputValueDefinition node, string coordinate)
    {
        var value = new InputValueDefinition(node.Name.StringValue, ReadType(node.Type), coordinate)
        {
            Description = Description(node),
            DefaultValue = node.DefaultValue is null ? null : ReadValue(node.DefaultValue),
        };
        value.Directives.AddRange(ReadDirectives(node.Directives, onExtension: false));
        return value;
    }

    private void ReadDirectiveDefinition(GraphQLDirectiveDefinition node)
    {
        var definition = new DirectiveDefinition(node.Name.StringValue) { Description = Description(node), Repeatable = node.Repeatable };
        foreach (var argument in node.Arguments?.Items ?? [])
        {
            definition.Arguments[argument.Name.StringValue] = ReadInputValue(argument, $"@{definition.Name}({argument.Name.StringValue}:)");
        }

        definition.Locations.AddRange(node.Locations.Items.Select(DirectiveLocations.ToSdl));
        if (!schema.DirectiveDefinitions.TryAdd(definition.Name, definition))
        {
            diagnostics.SubgraphError(subgraph, CompositionErrorCodes.InvalidGraphQL, $"There can be only one directive named \"@{definition.Name}\".");
        }
    }

    private static string? Description(ASTNode node) =>
        node is IHasDescriptionNode { Description: { } description } ? (string)description.Value : null;

    private TypeRef ReadType(GraphQLType node) => node switch
    {
        GraphQLNonNullType nonNull => new NonNullTypeRef(ReadType(nonNull.Type)),
        GraphQLListType list => new ListTypeRef(ReadType(list.Type)),
        GraphQLNamedType named => new NamedTypeRef(Name(named.Name)),
        _ => throw new InvalidOperationException($"Unexpected type node {node.Kind}."),
    };

    private static IEnumerable<AppliedDirective> ReadDirectives(GraphQLDirectives? directives, bool onExtension) =>
        (directives?.Items ?? []).Select(d => new AppliedDirective(
            d.Name.StringValue,
            (d.Arguments?.Items ?? []).Select(a => new DirectiveArgument(a.Name.StringValue, ReadValue(a.Value))).ToList())
        {
            OnExtension = onExtension,
        });

    /// <summary>Converts a parsed literal to the model's value.</summary>
    public static Value ReadValue(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => new StringValue((string)s.Value),
        GraphQLIntValue i => new IntValue((string)i.Value),
        GraphQLFloatValue f => new FloatValue((string)f.Value),
        GraphQLBooleanValue b => b.BoolValue ? BooleanValue.True : new BooleanValue(false),
        GraphQLNullValue => NullValue.Instance,
        GraphQLEnumValue e => new EnumValue(e.Name.StringValue),
        GraphQLVariable v => new VariableValue(v.Name.StringValue),
        GraphQLListValue l => new ListValue((l.Values ?? []).Select(ReadValue).ToList()),
        GraphQLObjectValue o => new ObjectValue((o.Fields ?? []).Select(f => KeyValuePair.Create(f.Name.StringValue, ReadValue(f.Value))).ToList()),
        _ => throw new InvalidOperationException($"Unexpected value node {value.Kind}."),
    };
}
