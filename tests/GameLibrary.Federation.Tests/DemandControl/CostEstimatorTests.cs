using GameLibrary.Federation.DemandControl;
using GameLibrary.Federation.Requests;
using GameLibrary.Federation.Tests.Api;
using GameLibrary.Federation.Tests.Requests;

using GraphQLParser;

namespace GameLibrary.Federation.Tests.DemandControl;

/// <summary>Apollo's static cost estimate: objects 1, leaves 0, lists times their size, @cost and @listSize honoured.</summary>
public sealed class CostEstimatorTests
{
    private static readonly OperationLimits Unlimited = new() { MaxCost = null };

    private static double Cost(string query, string? variables = null, string scenario = "catalog-users", OperationLimits? limits = null)
    {
        var preparer = new OperationPreparer(TestSupergraphs.Api(scenario), limits ?? Unlimited, CostDirectives.Read(Parser.Parse(TestSupergraphs.Read(scenario))));
        var result = preparer.Prepare(query, null, TestOperations.Variables(variables));
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors.Select(e => e.Message)));
        return preparer.EstimateCost(result.Operation!);
    }

    [Theory]
    [InlineData("{ game(id: 1) { id title } }", 1)] // one object, leaves free
    [InlineData("{ game(id: 1) { __typename } }", 1)]
    [InlineData("{ games { id } }", 10)] // first: Int = 10, the schema default
    [InlineData("{ games(first: 3) { id } }", 3)]
    [InlineData("{ games(first: 0) { id } }", 0)]
    [InlineData("{ media { id } }", 10)] // no slicing argument: the default list size
    [InlineData("{ user(id: 1) { library { id } } }", 11)]
    [InlineData("{ games(first: 5) { id } user(id: 1) { library { title } } }", 16)]
    [InlineData("{ games(first: 2) { id } games(first: 2) { title } }", 4)] // each selection counts (an upper bound)
    public void Estimates_follow_apollos_rules(string query, double expected)
    {
        Assert.Equal(expected, Cost(query));
    }

    [Fact]
    public void A_variable_sizes_a_list_and_its_default_applies_when_it_is_absent()
    {
        const string Query = "query($n: Int = 4) { games(first: $n) { id } }";

        Assert.Equal(7, Cost(Query, """{"n":7}"""));
        Assert.Equal(4, Cost(Query));
        Assert.Equal(10, Cost("query($n: Int) { games(first: $n) { id } }", """{"n":null}"""));
    }

    [Fact]
    public void Nested_lists_multiply_and_a_connections_slice_sizes_its_lists()
    {
        // genres: 10 × (Genre 1 + games 1 + nodes 5 × (Game 1 + genres 10 × 1)) on the repository's supergraph.
        var preparer = RepositorySupergraph.Preparer(Unlimited);
        var result = preparer.Prepare("{ genres { games(first: 5) { nodes { genres { id } } totalCount } } }", null, null);

        Assert.Equal(10 * (1 + 1 + (5 * (1 + 10))), preparer.EstimateCost(result.Operation!));
    }

    [Fact]
    public void Skipped_selections_cost_nothing()
    {
        Assert.Equal(0, Cost("query($s: Boolean!) { games(first: 5) @skip(if: $s) { id } }", """{"s":true}"""));
        Assert.Equal(5, Cost("query($s: Boolean!) { games(first: 5) @skip(if: $s) { id } }", """{"s":false}"""));
    }

    [Fact]
    public void Introspection_costs_nothing()
    {
        Assert.Equal(0, Cost("{ __schema { types { name fields { name args { name } } } } }"));
    }

    [Fact]
    public void Cost_and_list_size_directives_of_the_supergraph_are_honoured()
    {
        // accounts(first: Int = 10): [Account!]! @cost(weight: 5) @listSize(slicingArguments: ["first"])
        Assert.Equal(10 * 5, Cost("{ accounts { id } }", scenario: "modern"));
        Assert.Equal(3 * 5, Cost("{ accounts(first: 3) { id } }", scenario: "modern"));
        Assert.Equal(3 * (5 + 1), Cost("{ accounts(first: 3) { id settings { theme } } }", scenario: "modern"));
    }

    [Fact]
    public void A_mutation_adds_ten()
    {
        Assert.Equal(10 + 1, Cost("mutation { addGame(input: { title: \"x\", genre: RPG }) { id } }"));
    }

    [Fact]
    public void The_default_list_size_is_configurable()
    {
        Assert.Equal(3, Cost("{ media { id } }", limits: Unlimited with { DefaultListSize = 3 }));
    }
}
