using System.Text.Json;
using GameLibrary.Federation.Planning.Nodes;
using GameLibrary.Federation.Supergraph;
using GameLibrary.Federation.Tests.Supergraph.Samples;
using Snapshooter.Xunit;

namespace GameLibrary.Federation.Tests.Planning;

/// <summary>The operations sent to subgraphs, the JSON form of plans, subscriptions.</summary>
public sealed class PlanOutputTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly SupergraphSchema _schema = SampleSupergraphs.Load("basic");

    [Fact]
    public void JsonFormCarriesOperationsVariablesAndRequires()
    {
        var plan = PlanAssert.Plan(_schema, """
            query Top($n: Int = 2, $representations: Boolean = true) {
              topProducts(first: $n) { name shippingEstimate reviews @include(if: $representations) { body } }
            }
            """);
        Snapshot.Match(plan.ToJson().ToJsonString(Indented));
    }

    [Fact]
    public void SubscriptionCompletesEachEventFromOtherSubgraphs()
    {
        var plan = PlanAssert.Plan(_schema, "subscription { reviewAdded { body author { name } product { name } } }");

        var subscription = Assert.IsType<SubscriptionNode>(plan.Node);
        Assert.Equal("subscription { reviewAdded { body author { __typename id } product { __typename upc } } }", subscription.Primary.Operation);
        Snapshot.Match(plan.ToString());
    }

    [Fact]
    public void PlanTextIsStableAcrossPlannings()
    {
        const string query = "{ topProducts { name reviews { author { name } } inStock } me { name } }";
        Assert.Equal(PlanAssert.Plan(_schema, query).ToString(), PlanAssert.Plan(_schema, query).ToString());
    }
}
