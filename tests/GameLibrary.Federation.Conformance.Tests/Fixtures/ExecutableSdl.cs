using GraphQLParser;
using GraphQLParser.AST;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>
/// Turns a subgraph SDL into the SDL GraphQL.NET executes: type extensions merged into their types (Federation 1
/// subgraphs extend types they never define), every directive and directive definition removed (federation
/// directives only matter to the composer and the gateway), and the subgraph specification's <c>_Any</c>,
/// <c>_Entity</c>, <c>_Service</c>, <c>Query._entities</c> and <c>Query._service</c> added.
/// </summary>
internal static class ExecutableSdl
{
    /// <summary>Names the subgraph specification defines; a subgraph SDL may declare them, the engine supplies its own.</summary>
    private static readonly HashSet<string> FederationTypeNames =
    [
        "_Any", "_Entity", "_Service", "_FieldSet", "FieldSet", "link__Import", "link__Purpose",
        "federation__FieldSet", "federation__Scope", "federation__Policy", "federation__ContextFieldValue",
    ];

    public static GraphQLDocument Create(string subgraphSdl, FederationMetadata metadata)
    {
        GraphQLDocument document = Parser.Parse(subgraphSdl);
        List<ASTNode> definitions = [];
        Dictionary<string, GraphQLTypeDefinition> types = new(StringComparer.Ordinal);
        List<GraphQLRootOperationTypeDefinition> rootTypes = [];

        foreach (ASTNode definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLSchemaDefinition schema:
                    rootTypes.AddRange(schema.OperationTypes);
                    break;
                case GraphQLSchemaExtension schema:
                    rootTypes.AddRange(schema.OperationTypes ?? []);
                    break;
                case GraphQLTypeDefinition type when !FederationTypeNames.Contains(type.Name.StringValue):
                    types[type.Name.StringValue] = type;
                    definitions.Add(type);
                    break;
            }
        }

        foreach (GraphQLTypeExtension extension in document.Definitions.OfType<GraphQLTypeExtension>())
        {
            string name = extension.Name.StringValue;
            if (types.TryGetValue(name, out GraphQLTypeDefinition? type))
            {
                Merge(extension, type);
            }
            else
            {
                type = Define(extension);
                types[name] = type;
                definitions.Add(type);
            }
        }

        if (rootTypes.Count > 0)
        {
            definitions.Insert(0, new GraphQLSchemaDefinition(rootTypes));
        }

        foreach (ASTNode definition in definitions)
        {
            StripDirectives(definition);
        }

        AddSubgraphSpecification(definitions, types, metadata);
        return new GraphQLDocument(definitions);
    }

    private static void AddSubgraphSpecification(List<ASTNode> definitions, Dictionary<string, GraphQLTypeDefinition> types, FederationMetadata metadata)
    {
        // Union members must be object types; entity interfaces are resolved through their implementations.
        string[] entityTypes = [.. metadata.EntityTypeNames.Where(name => types.GetValueOrDefault(name) is GraphQLObjectTypeDefinition).Order(StringComparer.Ordinal)];
        string entities = entityTypes.Length == 0 ? string.Empty : $"union _Entity = {string.Join(" | ", entityTypes)}\n";
        string entitiesField = entityTypes.Length == 0 ? string.Empty : "_entities(representations: [_Any!]!): [_Entity]!\n";
        GraphQLDocument specification = Parser.Parse($$"""
            scalar _Any
            type _Service { sdl: String }
            {{entities}}
            type {{metadata.QueryTypeName}} {
              {{entitiesField}}
              _service: _Service!
            }
            """);

        foreach (ASTNode definition in specification.Definitions)
        {
            GraphQLTypeDefinition addition = (GraphQLTypeDefinition)definition;
            if (types.TryGetValue(addition.Name.StringValue, out GraphQLTypeDefinition? existing))
            {
                AppendFields((IHasFieldsDefinitionNode)existing, ((IHasFieldsDefinitionNode)addition).Fields);
            }
            else
            {
                definitions.Add(addition);
            }
        }
    }

    /// <summary>A type definition with the name and members of an extension whose type the SDL never defines.</summary>
    private static GraphQLTypeDefinition Define(GraphQLTypeExtension extension)
    {
        GraphQLTypeDefinition definition = extension switch
        {
            GraphQLObjectTypeExtension => new GraphQLObjectTypeDefinition(extension.Name),
            GraphQLInterfaceTypeExtension => new GraphQLInterfaceTypeDefinition(extension.Name),
            GraphQLUnionTypeExtension => new GraphQLUnionTypeDefinition(extension.Name),
            GraphQLEnumTypeExtension => new GraphQLEnumTypeDefinition(extension.Name),
            GraphQLInputObjectTypeExtension => new GraphQLInputObjectTypeDefinition(extension.Name),
            GraphQLScalarTypeExtension => new GraphQLScalarTypeDefinition(extension.Name),
            _ => throw new FixtureException($"Unsupported type extension {extension.Kind}."),
        };
        Merge(extension, definition);
        return definition;
    }

    private static void Merge(GraphQLTypeExtension extension, GraphQLTypeDefinition definition)
    {
        switch (extension, definition)
        {
            case (IHasFieldsDefinitionNode from, IHasFieldsDefinitionNode to):
                AppendFields(to, from.Fields);
                if (from is IHasInterfacesNode { Interfaces: { } interfaces } && to is IHasInterfacesNode target)
                {
                    target.Interfaces = new GraphQLImplementsInterfaces([.. target.Interfaces?.Items ?? [], .. interfaces.Items]);
                }

                break;
            case (GraphQLUnionTypeExtension from, GraphQLUnionTypeDefinition to) when from.Types is { } members:
                to.Types = new GraphQLUnionMemberTypes([.. to.Types?.Items ?? [], .. members.Items]);
                break;
            case (GraphQLEnumTypeExtension from, GraphQLEnumTypeDefinition to) when from.Values is { } values:
                to.Values = new GraphQLEnumValuesDefinition([.. to.Values?.Items ?? [], .. values.Items]);
                break;
            case (GraphQLInputObjectTypeExtension from, GraphQLInputObjectTypeDefinition to) when from.Fields is { } fields:
                to.Fields = new GraphQLInputFieldsDefinition([.. to.Fields?.Items ?? [], .. fields.Items]);
                break;
            case (GraphQLScalarTypeExtension, GraphQLScalarTypeDefinition):
            case (GraphQLUnionTypeExtension, GraphQLUnionTypeDefinition):
            case (GraphQLEnumTypeExtension, GraphQLEnumTypeDefinition):
            case (GraphQLInputObjectTypeExtension, GraphQLInputObjectTypeDefinition):
                break;
            default:
                throw new FixtureException($"extend {extension.Kind} {extension.Name.StringValue} does not match the kind of its type ({definition.Kind}).");
        }
    }

    private static void AppendFields(IHasFieldsDefinitionNode target, GraphQLFieldsDefinition? fields)
    {
        if (fields is not null)
        {
            target.Fields = new GraphQLFieldsDefinition([.. target.Fields?.Items ?? [], .. fields.Items]);
        }
    }

    private static void StripDirectives(ASTNode node)
    {
        if (node is IHasDirectivesNode withDirectives)
        {
            withDirectives.Directives = null;
        }

        switch (node)
        {
            case IHasFieldsDefinitionNode { Fields: { } fields }:
                foreach (GraphQLFieldDefinition field in fields.Items)
                {
                    field.Directives = null;
                    foreach (GraphQLInputValueDefinition argument in field.Arguments?.Items ?? [])
                    {
                        argument.Directives = null;
                    }
                }

                break;
            case GraphQLEnumTypeDefinition { Values: { } values }:
                foreach (GraphQLEnumValueDefinition value in values.Items)
                {
                    value.Directives = null;
                }

                break;
            case GraphQLInputObjectTypeDefinition { Fields: { } inputFields }:
                foreach (GraphQLInputValueDefinition field in inputFields.Items)
                {
                    field.Directives = null;
                }

                break;
        }
    }
}
