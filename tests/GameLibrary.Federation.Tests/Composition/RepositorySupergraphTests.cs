using GameLibrary.Federation.Composition;

using Snapshooter.Xunit;

namespace GameLibrary.Federation.Tests.Composition;

/// <summary>The repository's own subgraphs (<c>schema/</c>) compose into what <c>schema/supergraph.graphql</c> (The Guild's composition) says.</summary>
public sealed class RepositorySupergraphTests
{
    private static readonly string Schema = Path.Combine(CompositionCase.RepositoryRoot(), "schema");

    private static IReadOnlyList<SubgraphDefinition> Subgraphs =>
    [
        new("catalog", "http://localhost:4001/graphql", File.ReadAllText(Path.Combine(Schema, "catalog.graphql"))),
        new("users", "http://localhost:4002/graphql", File.ReadAllText(Path.Combine(Schema, "users.graphql"))),
    ];

    [Fact]
    public void Composes_the_same_supergraph_as_the_committed_one()
    {
        var result = SupergraphComposer.Compose(Subgraphs);

        Assert.Empty(result.Errors);
        Assert.Equal(
            SupergraphNormalizer.Normalize(File.ReadAllText(Path.Combine(Schema, "supergraph.graphql"))),
            SupergraphNormalizer.Normalize(result.Supergraph!));
    }

    [Fact]
    public void Prints_the_supergraph_in_Apollo_format()
    {
        var result = SupergraphComposer.Compose(Subgraphs);

        Snapshot.Match(result.Supergraph);
    }

    [Fact]
    public void Gives_the_same_supergraph_whatever_the_order_of_the_subgraphs()
    {
        var forward = SupergraphComposer.Compose(Subgraphs);
        var backward = SupergraphComposer.Compose(Subgraphs.Reverse().ToList());

        Assert.Equal(forward.Supergraph, backward.Supergraph);
    }
}
