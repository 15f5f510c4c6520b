using GraphQLParser.AST;

namespace GameLibrary.Federation.Api;

/// <summary>
/// Derives the API schema document from a supergraph: drops the elements of Apollo's linked
/// specifications (link/core, join, inaccessible, tag, and the others under specs.apollo.dev: their
/// directive definitions and usages, their types) and every <c>@inaccessible</c> element (types, fields,
/// arguments, enum values, input fields, plus implementations and union members naming removed types).
/// Directives of other linked features — those kept by <c>@composeDirective</c> — stay, definitions and
/// usages. The supergraph document is not modified; kept leaves of its AST are shared.
/// </summary>
internal sealed class ApiDocumentFilter
{
    private static readonly HashSet<string> BuiltInScalars = ["Int", "Float", "String", "Boolean", "ID"];

    private readonly List<LinkedFeature> _machinery;
    private readonly string? _inaccessible;
    private readonly Dictionary<string, GraphQLTypeDefinition> _types = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removedTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphQLTypeDefinition> _keptTypes = new(StringComparer.Ordinal);

    private ApiDocumentFilter(IReadOnlyList<LinkedFeature> features)
    {
        _machinery = features.Where(f => f.IsApolloSpec).ToList();
        _inaccessible = _machinery.FirstOrDefault(f => f.Name == "inaccessible")?.DirectiveNameInSchema("inaccessible");
    }

    /// <summary>Builds the API schema document. Throws <see cref="SupergraphException"/> when the result would be invalid.</summary>
    public static GraphQLDocument Filter(GraphQLDocument supergraph, IReadOnlyList<LinkedFeature> features) =>
        new ApiDocumentFilter(features).Run(supergraph);

    private GraphQLDocument Run(GraphQLDocument supergraph)
    {
        var roots = CollectTypesAndRoots(supergraph);

        foreach (var (name, definition) in _types)
        {
            if (IsMachineryType(name) || HasInaccessible(DirectivesOf(definition)))
            {
                _removedTypes.Add(name);
            }
            else
            {
                _keptTypes.Add(name, definition);
            }
        }

        foreach (var (operation, typeName) in roots)
        {
            if (!_types.ContainsKey(typeName))
            {
                throw new SupergraphException($"The {Describe(operation)} root type {typeName} is not defined.");
            }

            if (_removedTypes.Contains(typeName))
            {
                throw new SupergraphException($"The {Describe(operation)} root type {typeName} is @inaccessible; root types must stay in the API schema.");
            }
        }

        var definitions = new List<ASTNode>();
        if (roots.Any(r => r.TypeName != DefaultRootName(r.Operation)))
        {
            definitions.Add(new GraphQLSchemaDefinition(roots
                .Select(r => new GraphQLRootOperationTypeDefinition { Operation = r.Operation, Type = new GraphQLNamedType(new GraphQLName(r.TypeName)) })
                .ToList()));
        }

        foreach (var definition in supergraph.Definitions)
        {
            var kept = definition switch
            {
                GraphQLDirectiveDefinition directive => FilterDirectiveDefinition(directive),
                GraphQLTypeDefinition type when _keptTypes.ContainsKey(type.Name.StringValue) => FilterType(type),
                _ => null,
            };
            if (kept is not null)
            {
                definitions.Add(kept);
            }
        }

        CheckImplementations(definitions);
        return new GraphQLDocument(definitions);
    }

    private List<(OperationType Operation, string TypeName)> CollectTypesAndRoots(GraphQLDocument supergraph)
    {
        var roots = new List<(OperationType, string)>();
        foreach (var definition in supergraph.Definitions)
        {
            switch (definition)
            {
                case GraphQLSchemaDefinition schema:
                    roots.AddRange(schema.OperationTypes.Select(o => (o.Operation, o.Type!.Name.StringValue)));
                    break;
                case GraphQLSchemaExtension extension when extension.OperationTypes is not null:
                    roots.AddRange(extension.OperationTypes.Select(o => (o.Operation, o.Type!.Name.StringValue)));
                    break;
                case GraphQLTypeExtension extension:
                    throw new SupergraphException($"The supergraph extends type {extension.Name.StringValue}; a composed supergraph holds complete type definitions only.");
                case GraphQLTypeDefinition type and not GraphQLDirectiveDefinition:
                    if (!_types.TryAdd(type.Name.StringValue, type))
                    {
                        throw new SupergraphException($"The supergraph defines type {type.Name.StringValue} twice.");
                    }

                    break;
                case GraphQLExecutableDefinition:
                    throw new SupergraphException("The supergraph contains an operation or fragment; it must hold type system definitions only.");
            }
        }

        if (roots.Count == 0)
        {
            foreach (var operation in new[] { OperationType.Query, OperationType.Mutation, OperationType.Subscription })
            {
                if (_types.ContainsKey(DefaultRootName(operation)))
                {
                    roots.Add((operation, DefaultRootName(operation)));
                }
            }
        }

        if (!roots.Any(r => r.Item1 == OperationType.Query))
        {
            throw new SupergraphException("The supergraph has no query root type.");
        }

        return roots;
    }

    private GraphQLDirectiveDefinition? FilterDirectiveDefinition(GraphQLDirectiveDefinition directive)
    {
        var name = directive.Name.StringValue;
        if (IsMachineryDirective(name))
        {
            return null;
        }

        return new GraphQLDirectiveDefinition(directive.Name, directive.Locations)
        {
            Description = directive.Description,
            Repeatable = directive.Repeatable,
            Arguments = FilterArguments(directive.Arguments, "@" + name),
        };
    }

    private GraphQLTypeDefinition FilterType(GraphQLTypeDefinition type)
    {
        var name = type.Name.StringValue;
        switch (type)
        {
            case GraphQLObjectTypeDefinition objectType:
                return new GraphQLObjectTypeDefinition(objectType.Name)
                {
                    Description = objectType.Description,
                    Interfaces = FilterInterfaces(objectType.Interfaces),
                    Directives = FilterDirectives(objectType.Directives),
                    Fields = FilterFields(objectType.Fields, name),
                };
            case GraphQLInterfaceTypeDefinition interfaceType:
                return new GraphQLInterfaceTypeDefinition(interfaceType.Name)
                {
                    Description = interfaceType.Description,
                    Interfaces = FilterInterfaces(interfaceType.Interfaces),
                    Directives = FilterDirectives(interfaceType.Directives),
                    Fields = FilterFields(interfaceType.Fields, name),
                };
            case GraphQLUnionTypeDefinition union:
                var members = (union.Types?.Items ?? []).Where(m => _keptTypes.ContainsKey(m.Name.StringValue)).ToList();
                if (members.Count == 0)
                {
                    throw new SupergraphException($"Union {name} has no member left in the API schema (all are @inaccessible).");
                }

                return new GraphQLUnionTypeDefinition(union.Name)
                {
                    Description = union.Description,
                    Directives = FilterDirectives(union.Directives),
                    Types = new GraphQLUnionMemberTypes(members),
                };
            case GraphQLEnumTypeDefinition enumType:
                var values = (enumType.Values?.Items ?? [])
                    .Where(v => !HasInaccessible(v.Directives))
                    .Select(v => new GraphQLEnumValueDefinition(v.Name, v.EnumValue) { Description = v.Description, Directives = FilterDirectives(v.Directives) })
                    .ToList();
                if (values.Count == 0)
                {
                    throw new SupergraphException($"Enum {name} has no value left in the API schema (all are @inaccessible).");
                }

                return new GraphQLEnumTypeDefinition(enumType.Name)
                {
                    Description = enumType.Description,
                    Directives = FilterDirectives(enumType.Directives),
                    Values = new GraphQLEnumValuesDefinition(values),
                };
            case GraphQLInputObjectTypeDefinition inputType:
                var inputFields = FilterInputValues(inputType.Fields?.Items, name, "input field");
                if (inputFields.Count == 0)
                {
                    throw new SupergraphException($"Input type {name} has no field left in the API schema (all are @inaccessible).");
                }

                return new GraphQLInputObjectTypeDefinition(inputType.Name)
                {
                    Description = inputType.Description,
                    Directives = FilterDirectives(inputType.Directives),
                    Fields = new GraphQLInputFieldsDefinition(inputFields),
                };
            case GraphQLScalarTypeDefinition scalar:
                return new GraphQLScalarTypeDefinition(scalar.Name)
                {
                    Description = scalar.Description,
                    Directives = FilterDirectives(scalar.Directives),
                };
            default:
                throw new SupergraphException($"Type {name} has an unsupported kind {type.Kind}.");
        }
    }

    private GraphQLFieldsDefinition FilterFields(GraphQLFieldsDefinition? fields, string typeName)
    {
        var kept = new List<GraphQLFieldDefinition>();
        foreach (var field in fields?.Items ?? [])
        {
            if (HasInaccessible(field.Directives))
            {
                continue;
            }

            var coordinate = typeName + "." + field.Name.StringValue;
            CheckReference(field.Type, coordinate);
            kept.Add(new GraphQLFieldDefinition(field.Name, field.Type)
            {
                Description = field.Description,
                Arguments = FilterArguments(field.Arguments, coordinate),
                Directives = FilterDirectives(field.Directives),
            });
        }

        if (kept.Count == 0)
        {
            throw new SupergraphException($"Type {typeName} has no field left in the API schema (all are @inaccessible); mark the type @inaccessible too.");
        }

        return new GraphQLFieldsDefinition(kept);
    }

    private GraphQLArgumentsDefinition? FilterArguments(GraphQLArgumentsDefinition? arguments, string owner)
    {
        var kept = FilterInputValues(arguments?.Items, owner, "argument");
        return kept.Count == 0 ? null : new GraphQLArgumentsDefinition(kept);
    }

    private List<GraphQLInputValueDefinition> FilterInputValues(List<GraphQLInputValueDefinition>? values, string owner, string what)
    {
        var kept = new List<GraphQLInputValueDefinition>();
        foreach (var value in values ?? [])
        {
            var coordinate = what == "argument" ? $"{owner}({value.Name.StringValue}:)" : owner + "." + value.Name.StringValue;
            if (HasInaccessible(value.Directives))
            {
                if (value.Type is GraphQLNonNullType && value.DefaultValue is null)
                {
                    throw new SupergraphException($"The required {what} {coordinate} is @inaccessible; a required {what} cannot be hidden.");
                }

                continue;
            }

            CheckReference(value.Type, coordinate);
            if (value.DefaultValue is not null)
            {
                CheckDefault(value.DefaultValue, value.Type, coordinate);
            }

            GraphQLInputValueDefinition copy = what == "argument"
                ? new GraphQLArgumentDefinition(value.Name, value.Type)
                : new GraphQLInputFieldDefinition(value.Name, value.Type);
            copy.Description = value.Description;
            copy.DefaultValue = value.DefaultValue;
            copy.Directives = FilterDirectives(value.Directives);
            kept.Add(copy);
        }

        return kept;
    }

    private GraphQLImplementsInterfaces? FilterInterfaces(GraphQLImplementsInterfaces? interfaces)
    {
        var kept = (interfaces?.Items ?? []).Where(i => _keptTypes.ContainsKey(i.Name.StringValue)).ToList();
        return kept.Count == 0 ? null : new GraphQLImplementsInterfaces(kept);
    }

    private GraphQLDirectives? FilterDirectives(GraphQLDirectives? directives)
    {
        if (directives is null)
        {
            return null;
        }

        var kept = directives.Items.Where(d => !IsMachineryDirective(d.Name.StringValue)).ToList();
        return kept.Count == 0 ? null : new GraphQLDirectives(kept);
    }

    /// <summary>An element that stays in the API schema may not reference a removed type.</summary>
    private void CheckReference(GraphQLType type, string coordinate)
    {
        var named = NamedTypeOf(type);
        if (_keptTypes.ContainsKey(named) || BuiltInScalars.Contains(named))
        {
            return;
        }

        throw _removedTypes.Contains(named)
            ? new SupergraphException($"{coordinate} is in the API schema but its type {named} is not (it is @inaccessible or link machinery); mark {coordinate} @inaccessible too.")
            : new SupergraphException($"{coordinate} references the unknown type {named}.");
    }

    /// <summary>A default value may not use an enum value or input field the API schema does not have.</summary>
    private void CheckDefault(GraphQLValue value, GraphQLType type, string coordinate)
    {
        while (type is GraphQLNonNullType nonNull)
        {
            type = nonNull.Type;
        }

        switch (type, value)
        {
            case (GraphQLListType list, GraphQLListValue items):
                foreach (var item in items.Values ?? [])
                {
                    CheckDefault(item, list.Type, coordinate);
                }

                break;
            case (GraphQLListType list, _):
                CheckDefault(value, list.Type, coordinate);
                break;
            case (GraphQLNamedType named, GraphQLEnumValue enumValue)
                when _keptTypes.GetValueOrDefault(named.Name.StringValue) is GraphQLEnumTypeDefinition enumType:
                var valueName = enumValue.Name.StringValue;
                var definition = enumType.Values?.Items.FirstOrDefault(v => v.Name.StringValue == valueName);
                if (definition is null || HasInaccessible(definition.Directives))
                {
                    throw new SupergraphException($"The default value of {coordinate} uses the enum value {named.Name.StringValue}.{valueName}, which is not in the API schema.");
                }

                break;
            case (GraphQLNamedType named, GraphQLObjectValue objectValue)
                when _keptTypes.GetValueOrDefault(named.Name.StringValue) is GraphQLInputObjectTypeDefinition inputType:
                foreach (var field in objectValue.Fields ?? [])
                {
                    var fieldName = field.Name.StringValue;
                    var fieldDefinition = inputType.Fields?.Items.FirstOrDefault(f => f.Name.StringValue == fieldName);
                    if (fieldDefinition is null || HasInaccessible(fieldDefinition.Directives))
                    {
                        throw new SupergraphException($"The default value of {coordinate} sets the input field {named.Name.StringValue}.{fieldName}, which is not in the API schema.");
                    }

                    CheckDefault(field.Value, fieldDefinition.Type, coordinate);
                }

                break;
        }
    }

    /// <summary>Every field an interface keeps must still be there in the types that implement it.</summary>
    private static void CheckImplementations(List<ASTNode> definitions)
    {
        var fieldsByType = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (definition is GraphQLObjectTypeDefinition or GraphQLInterfaceTypeDefinition)
            {
                var type = (GraphQLTypeDefinition)definition;
                fieldsByType[type.Name.StringValue] = FieldsOf(definition).Select(f => f.Name.StringValue).ToHashSet(StringComparer.Ordinal);
            }
        }

        foreach (var definition in definitions)
        {
            var (name, interfaces) = definition switch
            {
                GraphQLObjectTypeDefinition o => (o.Name.StringValue, o.Interfaces),
                GraphQLInterfaceTypeDefinition i => (i.Name.StringValue, i.Interfaces),
                _ => (string.Empty, null),
            };
            foreach (var implemented in interfaces?.Items ?? [])
            {
                var interfaceName = implemented.Name.StringValue;
                foreach (var field in fieldsByType.GetValueOrDefault(interfaceName) ?? [])
                {
                    if (!fieldsByType[name].Contains(field))
                    {
                        throw new SupergraphException(
                            $"{interfaceName}.{field} is in the API schema but {name}.{field}, which implements it, is @inaccessible.");
                    }
                }
            }
        }
    }

    private static IEnumerable<GraphQLFieldDefinition> FieldsOf(ASTNode definition) => definition switch
    {
        GraphQLObjectTypeDefinition o => o.Fields?.Items ?? [],
        GraphQLInterfaceTypeDefinition i => i.Fields?.Items ?? [],
        _ => [],
    };

    private static GraphQLDirectives? DirectivesOf(GraphQLTypeDefinition definition) => definition switch
    {
        GraphQLObjectTypeDefinition o => o.Directives,
        GraphQLInterfaceTypeDefinition i => i.Directives,
        GraphQLUnionTypeDefinition u => u.Directives,
        GraphQLEnumTypeDefinition e => e.Directives,
        GraphQLInputObjectTypeDefinition io => io.Directives,
        GraphQLScalarTypeDefinition s => s.Directives,
        _ => null,
    };

    private static string NamedTypeOf(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NamedTypeOf(nonNull.Type),
        GraphQLListType list => NamedTypeOf(list.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new SupergraphException($"Unknown type reference kind {type.Kind}."),
    };

    private static string Describe(OperationType operation) => operation.ToString().ToLowerInvariant();

    private static string DefaultRootName(OperationType operation) => operation switch
    {
        OperationType.Query => "Query",
        OperationType.Mutation => "Mutation",
        _ => "Subscription",
    };

    private bool HasInaccessible(GraphQLDirectives? directives) =>
        _inaccessible is not null && directives is not null && directives.Items.Any(d => d.Name.StringValue == _inaccessible);

    private bool IsMachineryDirective(string name) => _machinery.Any(f => f.OwnsDirective(name));

    private bool IsMachineryType(string name) => _machinery.Any(f => f.OwnsType(name));
}
