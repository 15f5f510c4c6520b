namespace GameLibrary.Federation.Tests.Requests;

public sealed class FieldMergeValidatorTests
{
    private static List<string> Errors(string query)
    {
        var result = TestOperations.Preparer().Prepare(query, null, null);
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
        return result.Errors.Select(e => e.Message).ToList();
    }

    [Theory]
    [InlineData("{ me { x: id x: name } }", "Fields \"x\" conflict because \"id\" and \"name\" are different fields.")]
    [InlineData("{ game(id: 1) { id } game(id: 2) { id } }", "Fields \"game\" conflict because they have differing arguments.")]
    [InlineData("query ($a: ID!, $b: ID!) { game(id: $a) { id } game(id: $b) { id } }", "Fields \"game\" conflict because they have differing arguments.")]
    [InlineData("{ game(id: 1) { a: title } game(id: 1) { a: id } }", "Fields \"game\" conflict because subfields \"a\" conflict because \"title\" and \"id\" are different fields.")]
    [InlineData("{ search(term: \"x\") { ... on Game { v: title } ... on Company { v: name } ... on Game { v: ratingsCount } } }", "Fields \"v\" conflict because \"title\" and \"ratingsCount\" are different fields.")]
    [InlineData("{ search(term: \"x\") { ... on Game { v: title } ... on Company { v: name } ... on Game { v: title } } media { ... on Trailer { v: seconds } ... on Game { v: title } } }", "Fields \"v\" conflict because they return conflicting types \"Int!\" and \"String!\".")]
    [InlineData("{ media { ... on Game { v: genre } ... on Trailer { v: title } } }", "Fields \"v\" conflict because they return conflicting types \"Genre!\" and \"String!\".")]
    [InlineData("{ media { ... on Game { v: averageRating } ... on Trailer { v: seconds } } }", "Fields \"v\" conflict because they return conflicting types \"Float\" and \"Int!\".")]
    [InlineData("{ games { ...A } } fragment A on Game { t: title ...B } fragment B on Game { t: oldTitle }", "Fields \"t\" conflict because \"title\" and \"oldTitle\" are different fields.")]
    [InlineData("{ a: __typename a: __schema { queryType { name } } }", "Fields \"a\" conflict because \"__typename\" and \"__schema\" are different fields.")]
    [InlineData("{ __schema: __type(name: \"Game\") { name } __schema { queryType { name } } }", "Fields \"__schema\" conflict because \"__type\" and \"__schema\" are different fields.")]
    [InlineData("{ __type: me { id } __type(name: \"Game\") { name } }", "Fields \"__type\" conflict because \"me\" and \"__type\" are different fields.")]
    [InlineData("{ t: __type(name: \"Game\") { name } t: __type(name: \"User\") { name } }", "Fields \"t\" conflict because they have differing arguments.")]
    public void Conflicting_fields_do_not_validate(string query, string message)
    {
        Assert.Equal([message + " Use different aliases on the fields to fetch both if this was intentional."], Errors(query));
    }

    [Theory]
    [InlineData("{ me { id id ... on User { id } } }")]
    [InlineData("{ game(id: 1) { id } game(id: 1) { title } }")]
    [InlineData("{ search(term: \"x\") { ... on Game { v: title } ... on Company { v: name } } }")]
    [InlineData("{ media { ... on Game { v: title } ... on Trailer { v: title } } }")]
    [InlineData("{ game(id: 7) { ...G } game(id: 7) { ...G title } } fragment G on Game { id }")]
    [InlineData("{ games(first: 1, genre: RPG) { id } games(genre: RPG, first: 1) { title } }")]
    public void Mergeable_fields_validate(string query)
    {
        Assert.Empty(Errors(query));
    }

    [Fact]
    public void Each_conflict_is_reported_once_even_when_a_fragment_is_spread_twice()
    {
        var errors = Errors("{ me { ...F } user(id: 1) { ...F } } fragment F on User { x: id x: name }");

        Assert.Single(errors);
    }
}
