using GameLibrary.Federation.Composition;

namespace GameLibrary.Federation.Tests.Composition;

/// <summary>
/// The repository's own subgraphs (<c>schema/</c>) compose the same whatever their order. That
/// <c>schema/supergraph.graphql</c> is exactly their composition is checked by the gateway's
/// <c>SupergraphFileTests</c>, through the <c>compose</c> command that regenerates it.
/// </summary>
public sealed class RepositorySupergraphTests
{
    private static readonly string Schema = Path.Combine(CompositionCase.RepositoryRoot(), "schema");

    private static IReadOnlyList<SubgraphDefinition> Subgraphs =>
    [
        new("catalog", "http://localhost:4001/graphql", File.ReadAllText(Path.Combine(Schema, "catalog.graphql"))),
        new("users", "http://localhost:4002/graphql", File.ReadAllText(Path.Combine(Schema, "users.graphql"))),
    ];

    [Fact]
    public void Gives_the_same_supergraph_whatever_the_order_of_the_subgraphs()
    {
        var forward = SupergraphComposer.Compose(Subgraphs);
        var backward = SupergraphComposer.Compose(Subgraphs.Reverse().ToList());

        Assert.Equal(forward.Supergraph, backward.Supergraph);
    }
}
