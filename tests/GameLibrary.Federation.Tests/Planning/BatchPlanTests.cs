using GameLibrary.Federation.Planning;
using GameLibrary.Federation.Planning.Nodes;
using GameLibrary.Federation.Supergraph;
using GameLibrary.Federation.Tests.Supergraph.Samples;
using GraphQLParser;
using GraphQLParser.AST;
using Snapshooter.Xunit;

namespace GameLibrary.Federation.Tests.Planning;

/// <summary>Entity fetches to one subgraph at the same step planned as one batched request (ADR 0016).</summary>
public sealed class BatchPlanTests
{
    /// <summary>The deep query of the public federation-gateway benchmark (#13), on its four subgraphs.</summary>
    internal const string DeepQuery = """
        fragment User on User { id username name }
        fragment Review on Review { id body }
        fragment Product on Product { inStock name price shippingEstimate upc weight }
        query TestQuery {
          users { ...User reviews { ...Review product { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } } } }
          topProducts { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } }
        }
        """;

    private readonly SupergraphSchema _benchmark = SampleSupergraphs.Load("benchmark");
    private readonly SupergraphSchema _basic = SampleSupergraphs.Load("basic");

    [Fact]
    public void DeepBenchmarkQueryIsSevenRequestsInFourSteps()
    {
        var plan = PlanAssert.Plan(_benchmark, DeepQuery);

        Assert.Equal(7, Requests(plan.Node));
        Assert.Equal(13, Requests(Plan(_benchmark, DeepQuery, EntityFetchBatching.Nowhere).Node));
        Snapshot.Match(plan.ToString());
    }

    [Fact]
    public void DifferentSelectionsGetAnAliasedEntitiesFieldEach()
    {
        var plan = PlanAssert.Plan(_basic, "query Q { me { reviews { body } } topProducts { reviews { id } } }");

        var batch = Assert.Single(Batches(plan.Node));
        Assert.Equal(
            "query Q__reviews__2($representations: [_Any!]!, $representations1: [_Any!]!) { _0: _entities(representations: $representations) { ... on User { reviews { body } } } _1: _entities(representations: $representations1) { ... on Product { reviews { id } } } }",
            batch.Operation);
        Assert.Equal(["_0", "_1"], batch.Entries.Select(e => e.ResponseKey));
        Snapshot.Match(plan.ToString());
    }

    [Fact]
    public void SameSelectionsShareOneEntitiesListAcrossPaths()
    {
        var plan = PlanAssert.Plan(_basic, "{ me { reviews { product { name } } } topProducts { reviews { product { name } } } }");

        var batch = Assert.Single(Batches(plan.Node), b => b.ServiceName == "products");
        var entry = Assert.Single(batch.Entries);
        Assert.Equal([["me", "reviews", "@", "product"], ["topProducts", "@", "reviews", "@", "product"]], entry.Paths);
        Assert.Same(entry.Fetch.Operation, batch.Operation);
        Assert.Equal("_entities", entry.ResponseKey);
        Snapshot.Match(plan.ToString());
    }

    [Fact]
    public void RepresentationsVariableAvoidsTheClientsVariableNames()
    {
        var plan = PlanAssert.Plan(_basic, "query Q($representations1: Boolean = true) { me { reviews { body @include(if: $representations1) } } topProducts { reviews { id } } }");

        var batch = Assert.Single(Batches(plan.Node));
        Assert.StartsWith(
            "query Q__reviews__2($representations: [_Any!]!, $representations1_: [_Any!]!, $representations1: Boolean = true) {",
            batch.Operation);
        Assert.Equal(["representations1"], batch.VariableUsages);
    }

    [Fact]
    public void FetchesUnderDifferentConditionsAreNotBatched()
    {
        var plan = PlanAssert.Plan(_basic, "query Q($a: Boolean!) { me { reviews @include(if: $a) { body } } topProducts { reviews { id } } }");

        Assert.Empty(Batches(plan.Node));
        Assert.Equal(4, Requests(plan.Node));
    }

    [Fact]
    public void JsonFormShowsTheBatchedOperationAndEachEntry()
    {
        var json = PlanAssert.Plan(_basic, "{ me { reviews { body } } topProducts { reviews { id } } }").ToJson().ToJsonString(new() { WriteIndented = true });

        Snapshot.Match(json);
    }

    [Fact]
    public void BatchingOffPlansOneFetchPerPath()
    {
        const string query = "{ me { reviews { product { name } } } topProducts { reviews { product { name } } } }";

        var plan = Plan(_basic, query, EntityFetchBatching.Nowhere);

        Assert.Empty(Batches(plan.Node));
        Assert.Equal(6, Requests(plan.Node));
        Assert.Equal(4, Requests(PlanAssert.Plan(_basic, query).Node));
    }

    private static QueryPlan Plan(SupergraphSchema schema, string query, EntityFetchBatching batching)
    {
        var document = Parser.Parse(query);
        return new QueryPlanner(schema, batching).Plan(document, document.Definitions.OfType<GraphQLOperationDefinition>().Single());
    }

    /// <summary>How many subgraph requests the plan sends at most (a batch is one).</summary>
    internal static int Requests(PlanNode? node) => node switch
    {
        null => 0,
        FetchNode => 1,
        BatchNode => 1,
        FlattenNode => 1,
        SequenceNode sequence => sequence.Nodes.Sum(Requests),
        ParallelNode parallel => parallel.Nodes.Sum(Requests),
        ConditionNode condition => Requests(condition.IfClause) + Requests(condition.ElseClause),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "unexpected plan node"),
    };

    private static List<BatchNode> Batches(PlanNode? node) => node switch
    {
        BatchNode batch => [batch],
        SequenceNode sequence => [.. sequence.Nodes.SelectMany(Batches)],
        ParallelNode parallel => [.. parallel.Nodes.SelectMany(Batches)],
        ConditionNode condition => [.. Batches(condition.IfClause), .. Batches(condition.ElseClause)],
        _ => [],
    };
}
