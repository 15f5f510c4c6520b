using GameLibrary.Federation.Supergraph;
using GameLibrary.Federation.Tests.Supergraph.Samples;
using Snapshooter.Xunit;

namespace GameLibrary.Federation.Tests.Planning;

/// <summary>Nested requires, requires with arguments, chains of requires.</summary>
public sealed class RequiresPlanTests
{
    private readonly SupergraphSchema _schema = SampleSupergraphs.Load("requires");

    [Fact]
    public void NestedRequires() =>
        Snapshot.Match(PlanAssert.Plan(_schema, "{ items { name shippingCost } }").ToString());

    [Fact]
    public void ChainOfRequiresWithArguments() =>
        Snapshot.Match(PlanAssert.Plan(_schema, "{ items { premium } }").ToString());

    [Fact]
    public void RequiredFieldThatCollidesWithAClientAliasIsAliased() =>
        Snapshot.Match(PlanAssert.Plan(_schema, """{ items { weight: name dims: price(currency: "USD") shippingCost } }""").ToString());
}
