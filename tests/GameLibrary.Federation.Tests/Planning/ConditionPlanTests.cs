using GameLibrary.Federation.Planning.Nodes;
using GameLibrary.Federation.Supergraph;
using GameLibrary.Federation.Tests.Supergraph.Samples;
using Snapshooter.Xunit;

namespace GameLibrary.Federation.Tests.Planning;

/// <summary>@skip/@include: fetches that only serve a conditional selection run inside Condition nodes; literals prune.</summary>
public sealed class ConditionPlanTests
{
    private readonly SupergraphSchema _schema = SampleSupergraphs.Load("basic");

    [Fact]
    public void FetchesBelowAnIncludedFieldRunInsideOneIncludeNode() =>
        Snapshot.Match(PlanAssert.Plan(_schema, """
            query ($withReviews: Boolean!) { topProducts { name reviews @include(if: $withReviews) { body author { name } } } }
            """).ToString());

    [Fact]
    public void FetchesOfASkippedFragmentShareOneSkipNode() =>
        Snapshot.Match(PlanAssert.Plan(_schema, """
            query ($brief: Boolean!) { topProducts { name ... @skip(if: $brief) { inStock reviews { body } } } }
            """).ToString());

    [Fact]
    public void NestedConditionsNestInDocumentOrder() =>
        Snapshot.Match(PlanAssert.Plan(_schema, """
            query ($a: Boolean!, $b: Boolean!) { topProducts { reviews @include(if: $a) { body author @skip(if: $b) { name } } } }
            """).ToString());

    [Fact]
    public void ConditionalRootFieldWrapsItsRootFetch() =>
        Snapshot.Match(PlanAssert.Plan(_schema, """
            query ($signedIn: Boolean!) { me @include(if: $signedIn) { name } topProducts { name inStock } }
            """).ToString());

    [Fact]
    public void FetchServingSelectionsUnderDifferentConditionsIsNotWrapped()
    {
        var plan = PlanAssert.Plan(_schema, """
            query ($a: Boolean!, $b: Boolean!) { topProducts { reviews @include(if: $a) { body } ... @skip(if: $b) { reviews { id } } } }
            """);

        var sequence = Assert.IsType<SequenceNode>(plan.Node);
        var flatten = Assert.IsType<FlattenNode>(sequence.Nodes[1]);
        Assert.Equal(
            "query($representations: [_Any!]!, $a: Boolean!, $b: Boolean!) { _entities(representations: $representations) { ... on Product { reviews @include(if: $a) { body } ... @skip(if: $b) { reviews { id } } } } }",
            flatten.Node.Operation);
    }

    [Fact]
    public void LiteralConditionsPruneOrDisappearAtPlanTime()
    {
        var plan = PlanAssert.Plan(_schema, """
            {
              me @skip(if: true) { name }
              topProducts { name @include(if: true) reviews @include(if: false) { body } inStock @skip(if: true) ... @skip(if: false) { upc } }
            }
            """);

        var fetch = Assert.IsType<FetchNode>(plan.Node);
        Assert.Equal("products", fetch.ServiceName);
        Assert.Equal("query { topProducts { name upc } }", fetch.Operation);
    }

    [Fact]
    public void SelectionsThatAreAllExcludedLeaveNothingToFetch() =>
        Assert.Null(PlanAssert.Plan(_schema, "{ me @include(if: false) { name } ... @skip(if: true) { topProducts { name } } }").Node);

    [Fact]
    public void SubscriptionEventFetchesCanBeConditional() =>
        Snapshot.Match(PlanAssert.Plan(_schema, """
            subscription ($withAuthor: Boolean!) { reviewAdded { body author @include(if: $withAuthor) { name } product { name } } }
            """).ToString());

    [Fact]
    public void JsonFormOfASkipNodeHasOnlyAnElseClause()
    {
        var plan = PlanAssert.Plan(_schema, "query ($brief: Boolean!) { topProducts { name reviews @skip(if: $brief) { body } } }");

        var condition = plan.ToJson()["node"]!["nodes"]![1]!.AsObject();
        Assert.Equal("Condition", condition["kind"]!.GetValue<string>());
        Assert.Equal("brief", condition["condition"]!.GetValue<string>());
        Assert.Null(condition["ifClause"]);
        Assert.Equal("Flatten", condition["elseClause"]!["kind"]!.GetValue<string>());
        Assert.True(condition.ContainsKey("ifClause"));
    }
}
