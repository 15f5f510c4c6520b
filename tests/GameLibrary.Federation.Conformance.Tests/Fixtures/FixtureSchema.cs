using GraphQL.Types;

using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>A fixture subgraph's executable GraphQL.NET schema, built from its SDL and wired to its data.</summary>
internal sealed class FixtureSchema
{
    private static readonly HashSet<string> BuiltInScalars = ["Int", "Float", "String", "Boolean", "ID"];

    private FixtureSchema(ISchema schema, FixtureRuntime runtime)
    {
        Schema = schema;
        Runtime = runtime;
    }

    public ISchema Schema { get; }

    public FixtureRuntime Runtime { get; }

    /// <summary>Builds and initializes the schema; a broken SDL throws here rather than on the first request.</summary>
    public static FixtureSchema Build(FixtureSubgraphDefinition definition, FixtureSequence sequence)
    {
        FederationMetadata metadata = FederationMetadata.Read(Parser.Parse(definition.Sdl));
        FixtureRuntime runtime = new(definition.Name, definition.Sdl, metadata, new FixtureData(definition.Data), sequence);
        GraphQLDocument executable = ExecutableSdl.Create(definition.Sdl, metadata);

        Schema schema = GraphQL.Types.Schema.For(new SDLPrinter().Print(executable), builder =>
        {
            // Abstract types find the runtime type of a record by asking each possible type.
            foreach (GraphQLObjectTypeDefinition type in executable.Definitions.OfType<GraphQLObjectTypeDefinition>())
            {
                string name = type.Name.StringValue;
                builder.Types.For(name).IsTypeOfFunc = value => value is FixtureObject entity && entity.TypeName == name;
            }
        });
        foreach (GraphQLScalarTypeDefinition scalar in executable.Definitions.OfType<GraphQLScalarTypeDefinition>())
        {
            if (!BuiltInScalars.Contains(scalar.Name.StringValue))
            {
                // GraphQL.NET builds no type for a custom scalar of an SDL; these pass JSON through.
                schema.RegisterType(new JsonScalarGraphType(scalar.Name.StringValue));
            }
        }

        schema.RegisterVisitor(new FixtureResolverInstaller(runtime));
        schema.Initialize();
        return new FixtureSchema(schema, runtime);
    }
}
