using GameLibrary.Federation.Supergraph;
using GameLibrary.Federation.Tests.Supergraph.Samples;
using Snapshooter.Xunit;

namespace GameLibrary.Federation.Tests.Planning;

/// <summary>Federation 1 supergraphs: owners, keys known in extending subgraphs, provides and requires on external fields.</summary>
public sealed class Federation1PlanTests
{
    private readonly SupergraphSchema _schema = SampleSupergraphs.Load("fed1");

    [Fact]
    public void PlansLikeTheEquivalentFederation2Supergraph() =>
        Snapshot.Match(PlanAssert.Plan(_schema, """
            { me { username reviews { body author { username } product { name shippingEstimate } } } }
            """).ToString());
}
