using GameLibrary.Federation.Api;
using GameLibrary.Federation.DemandControl;
using GameLibrary.Federation.Requests;
using GameLibrary.Federation.Tests.Composition;

using GraphQLParser;

namespace GameLibrary.Federation.Tests.DemandControl;

/// <summary>The platform's own supergraph (schema/supergraph.graphql), for estimates on real shapes.</summary>
internal static class RepositorySupergraph
{
    public static readonly string Sdl = File.ReadAllText(Path.Combine(CompositionCase.RepositoryRoot(), "schema", "supergraph.graphql"));

    private static readonly Lazy<ApiSchema> Api = new(() => ApiSchema.Build(Parser.Parse(Sdl)));

    public static OperationPreparer Preparer(OperationLimits limits) => new(Api.Value, limits, CostDirectives.Read(Parser.Parse(Sdl)));
}
