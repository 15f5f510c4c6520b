namespace GameLibrary.Federation.Tests.Requests;

public sealed class VariableUsageValidatorTests
{
    // Quotes normalised: GraphQL.NET's own rule (which catches some of these cases first) quotes with '…'.
    private static List<string> Errors(string query) =>
        TestOperations.Preparer().Prepare(query, null, null).Errors
            .Where(e => e.Code == ErrorCodes.ValidationFailed)
            .Select(e => e.Message.Replace('\'', '"'))
            .ToList();

    [Theory]
    [InlineData("query ($id: String!) { game(id: $id) { id } }", "Variable \"$id\" of type \"String!\" used in position expecting type \"ID!\".")]
    [InlineData("query ($id: Boolean!) { game(id: $id) { id } }", "Variable \"$id\" of type \"Boolean!\" used in position expecting type \"ID!\".")]
    [InlineData("query ($id: [ID!]!) { game(id: $id) { id } }", "Variable \"$id\" of type \"[ID!]!\" used in position expecting type \"ID!\".")]
    [InlineData("query ($n: String) { games(first: $n) { id } }", "Variable \"$n\" of type \"String\" used in position expecting type \"Int\".")]
    [InlineData("query ($n: Int) { games(first: 1) { ...F } } fragment F on Game { title @include(if: $n) }", "Variable \"$n\" of type \"Int\" used in position expecting type \"Boolean!\".")]
    public void A_variable_of_another_type_does_not_validate(string query, string message)
    {
        Assert.Equal([message], Errors(query));
    }

    [Theory]
    [InlineData("query ($id: ID!) { game(id: $id) { id } }")]
    [InlineData("query ($n: Int!, $on: Boolean!) { games(first: $n) { id @include(if: $on) } }")]
    [InlineData("query ($g: Genre) { games(genre: $g) { id } }")]
    public void A_variable_of_the_position_type_validates(string query)
    {
        Assert.Empty(Errors(query));
    }
}
