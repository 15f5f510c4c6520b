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
