using GameLibrary.Federation.Api;
using GameLibrary.Federation.Composition;
using GameLibrary.Federation.Supergraph;

using GraphQLParser;

namespace GameLibrary.Federation.Tests.Composition;

/// <summary>The engine's own supergraph loader and API-schema builder accept every supergraph the composer prints.</summary>
public sealed class EngineCompatibilityTests
{
    public static TheoryData<string> Cases => CompositionCase.Names(c => c.ReferenceSupergraph("apollo") is not null);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_engine_loads_the_composed_supergraph(string name)
    {
        var testCase = CompositionCase.Named(name);
        var sdl = SupergraphComposer.Compose(testCase.Subgraphs).Supergraph!;

        var supergraph = SupergraphSchema.Load(sdl);
        var api = ApiSchema.Build(Parser.Parse(sdl));

        Assert.Equal(
            testCase.Subgraphs.Select(s => (s.Name, s.Url)),
            supergraph.Subgraphs.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => (s.Name, s.Url)));
        Assert.NotEmpty(api.QueryType.Fields);
    }
}
