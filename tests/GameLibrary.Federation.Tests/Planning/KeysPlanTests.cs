using GameLibrary.Federation.Supergraph;
using GameLibrary.Federation.Tests.Supergraph.Samples;
using Snapshooter.Xunit;

namespace GameLibrary.Federation.Tests.Planning;

/// <summary>Several keys, compound keys, nested keys, resolvable: false.</summary>
public sealed class KeysPlanTests
{
    private readonly SupergraphSchema _schema = SampleSupergraphs.Load("keys");

    [Fact]
    public void UsesTheKeyTheTargetSubgraphCanResolve() =>
        Snapshot.Match(PlanAssert.Plan(_schema, "{ games { title rating } }").ToString());

    [Fact]
    public void KeyTheCurrentSubgraphLacksIsFetchedFromAThirdSubgraph() =>
        Snapshot.Match(PlanAssert.Plan(_schema, "{ trending { plays rating } }").ToString());

    [Fact]
    public void CompoundKey() =>
        Snapshot.Match(PlanAssert.Plan(_schema, "{ games { studio { founded } } }").ToString());

    [Fact]
    public void NestedKeyBothWays() =>
        Snapshot.Match(PlanAssert.Plan(_schema, "{ editions { label price } cheapest { price label game { title rating } } }").ToString());
}
