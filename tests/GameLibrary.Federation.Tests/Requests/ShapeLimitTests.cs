using GameLibrary.Federation.Requests;
using GameLibrary.Federation.Tests.Api;

namespace GameLibrary.Federation.Tests.Requests;

/// <summary>Aliases, root fields and directives per selection are bounded, with a clear code each.</summary>
public sealed class ShapeLimitTests
{
    private static IReadOnlyList<GatewayError> Errors(string query, OperationLimits? limits = null) =>
        new OperationPreparer(TestSupergraphs.Api("catalog-users"), limits).Prepare(query, null, null).Errors;

    private static string Aliases(int count) => "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $"a{i}: game(id: {i}) {{ id }} ")) + "}";

    [Fact]
    public void Thirty_aliases_pass_and_thirty_one_do_not()
    {
        var manyRoots = new OperationLimits { MaxRootFields = 100 };

        Assert.Empty(Errors(Aliases(30), manyRoots));
        var error = Assert.Single(Errors(Aliases(31), manyRoots));

        Assert.Equal(ErrorCodes.MaxAliasesExceeded, error.Code);
        Assert.Equal("The document uses 31 aliases; at most 30 are allowed.", error.Message);
    }

    [Fact]
    public void Fragments_each_spreading_the_previous_twice_are_refused_for_their_expanded_size()
    {
        // 2^29 expansions of F0: before the limit, field collection and merging walked each one (seconds at 18 levels).
        var query = "{ ...F29 } fragment F0 on Query { __typename } "
            + string.Concat(Enumerable.Range(1, 29).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }} "));

        var error = Assert.Single(Errors(query));

        Assert.Equal(ErrorCodes.MaxNodesExceeded, error.Code);
        Assert.Equal("The operation has more than 15000 selections once its fragments are expanded.", error.Message);
    }

    [Fact]
    public void Expanded_selections_count_every_spread_of_a_fragment()
    {
        // F holds 3 selections (game, id, title) and is spread twice: 2 spreads + 2 × 3 = 8.
        const string Query = "{ ...F ... on Query { ...F } } fragment F on Query { game(id: 1) { id title } }";

        Assert.Empty(Errors(Query, new OperationLimits { MaxExpandedSelections = 9 }));
        Assert.Equal(ErrorCodes.MaxNodesExceeded, Assert.Single(Errors(Query, new OperationLimits { MaxExpandedSelections = 8 })).Code);
    }

    [Fact]
    public void Aliases_in_fragments_count()
    {
        var error = Assert.Single(Errors("{ ...F } fragment F on Query { a: game(id: 1) { b: id c: title } }", new OperationLimits { MaxAliases = 2 }));

        Assert.Equal(ErrorCodes.MaxAliasesExceeded, error.Code);
    }

    [Fact]
    public void Root_fields_are_counted_through_fragments_each_once()
    {
        var limits = new OperationLimits { MaxRootFields = 3 };

        Assert.Empty(Errors("{ me { id } ...F ...F } fragment F on Query { media { id } games { id } }", limits));
        var error = Assert.Single(Errors("query Q { me { id } __typename ... on Query { media { id } games { id } } user(id: 1) { id } }", limits));
        Assert.Equal(ErrorCodes.MaxRootFieldsExceeded, error.Code);
        Assert.Equal("Operation \"Q\" selects 4 root fields; at most 3 are allowed.", error.Message);
    }

    [Fact]
    public void Directives_on_one_selection_are_bounded_with_a_location()
    {
        var error = Assert.Single(Errors("{\n  games @skip(if: false) @include(if: true) { id }\n}", new OperationLimits { MaxDirectivesPerField = 1 }));

        Assert.Equal(ErrorCodes.MaxDirectivesExceeded, error.Code);
        Assert.Equal([new GatewayErrorLocation(2, 3)], error.Locations);
    }
}
