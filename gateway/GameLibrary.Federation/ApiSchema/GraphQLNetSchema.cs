using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Api;

/// <summary>
/// Builds the GraphQL.NET schema of the API schema, used to validate operations and to answer
/// introspection. It has no resolvers: execution happens in the subgraphs. Custom scalars are
/// pass-through, and <c>__Type.specifiedByURL</c> and <c>@specifiedBy</c> (not built into GraphQL.NET 8)
/// are added so introspection shows them.
/// </summary>
internal static class GraphQLNetSchema
{
    private static readonly SourceStreamResolver<object> NoStream =
        new(static IObservable<object?> (_) => throw new NotSupportedException("Subscriptions are executed by the subgraphs, not by the API schema."));

    public static ISchema Create(string sdl, IEnumerable<ApiType> customScalars, ApiType? subscriptionType)
    {
        Schema schema;
        try
        {
            schema = Schema.For(sdl, builder =>
            {
                // Abstract types are never resolved by GraphQL.NET (introspection only), but it insists on a resolver.
                builder.Types.ForAll(config => config.ResolveType = static _ => null!);

                // Likewise subscription fields need a stream resolver, though events come from the subgraphs.
                foreach (var field in subscriptionType?.Fields ?? [])
                {
                    builder.Types.For(subscriptionType!.Name).FieldFor(field.Name).StreamResolver = NoStream;
                }
            });
            foreach (var scalar in customScalars)
            {
                schema.RegisterType(new PassThroughScalarGraphType(scalar.Name, DescriptionOf(scalar.Definition), scalar.SpecifiedByUrl));
            }

            schema.Directives.Register(new Directive("specifiedBy", DirectiveLocation.Scalar)
            {
                Description = "Exposes a URL that specifies the behavior of this scalar.",
                Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(new StringGraphType()))
                {
                    Name = "url",
                    Description = "The URL that specifies the behavior of this scalar.",
                }),
            });
            schema.Features.RepeatableDirectives = true;
            schema.Features.DeprecationOfInputValues = true;

            schema.Filter = new ShowAllDirectivesFilter();
            schema.Initialize();
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw new SupergraphException($"The API schema derived from the supergraph is not a valid GraphQL schema: {exception.Message}", exception);
        }

        // graphql-js accepts __Directive.args(includeDeprecated:), and GraphiQL's introspection query sends it.
        var directiveArgs = ((IObjectGraphType)schema.AllTypes["__Directive"]!).GetField("args")!;
        directiveArgs.Arguments ??= new QueryArguments();
        directiveArgs.Arguments.Add(new QueryArgument(new BooleanGraphType()) { Name = "includeDeprecated", DefaultValue = false });

        var typeType = (IObjectGraphType)schema.AllTypes["__Type"]!;
        typeType.AddField(new FieldType
        {
            Name = "specifiedByURL",
            ResolvedType = new StringGraphType(),
            Resolver = new FuncFieldResolver<string?>(static context => (context.Source as PassThroughScalarGraphType)?.SpecifiedByUrl),
        });
        return schema;
    }

    private static string? DescriptionOf(GraphQLTypeDefinition? definition) =>
        definition?.Description is { } description ? description.Value.ToString() : null;

    /// <summary>GraphQL.NET hides type-system directives from introspection by default; a GraphQL server lists them all.</summary>
    private sealed class ShowAllDirectivesFilter : DefaultSchemaFilter
    {
        public override Task<bool> AllowDirective(Directive directive) => Task.FromResult(true);
    }
}
