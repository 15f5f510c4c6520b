using System.Text.Json;

using GameLibrary.Federation.Requests;
using GameLibrary.Federation.Tests.Api;

namespace GameLibrary.Federation.Tests.Requests;

public sealed class VariableCoercionTests
{
    private const string AddGame = "mutation ($input: AddGameInput!) { addGame(input: $input) { id } }";
    private const string Games = "query ($where: GameQuery, $limit: Int, $ids: [ID!]) { games(where: $where, limit: $limit, ids: $ids) { id } }";

    private static readonly OperationPreparer Catalog = new(TestSupergraphs.Api("catalog-users"));
    private static readonly OperationPreparer Library = new(TestSupergraphs.Api("library"));

    private static string Coerced(OperationPreparer preparer, string query, string? variables)
    {
        var result = preparer.Prepare(query, null, TestOperations.Variables(variables));
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors.Select(e => e.Message)));
        return result.Operation!.Variables.ToJsonString();
    }

    private static List<string> Errors(OperationPreparer preparer, string query, string? variables)
    {
        var result = preparer.Prepare(query, null, TestOperations.Variables(variables));
        Assert.False(result.IsSuccess);
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.BadUserInput, e.Code));
        return result.Errors.Select(e => e.Message).ToList();
    }

    [Fact]
    public void Defaults_of_variables_and_of_input_fields_are_applied()
    {
        Assert.Equal(
            """{"input":{"title":"Doom","genre":"ACTION"}}""",
            Coerced(Catalog, AddGame, """{"input": {"title": "Doom"}}"""));
        Assert.Equal(
            """{"first":5,"g":"RPG"}""",
            Coerced(Catalog, "query ($first: Int = 5, $g: Genre = RPG, $f: GameFilter) { games(first: $first, genre: $g, filter: $f) { id } }", "{}"));
    }

    [Fact]
    public void Absent_nullable_variables_stay_absent_and_explicit_nulls_stay_null()
    {
        Assert.Equal("""{"limit":null}""", Coerced(Library, Games, """{"limit": null}"""));
        Assert.Equal("{}", Coerced(Library, Games, null));
    }

    [Fact]
    public void Unknown_variables_are_ignored()
    {
        Assert.Equal("""{"limit":3}""", Coerced(Library, Games, """{"limit": 3, "other": "x"}"""));
    }

    [Fact]
    public void Built_in_scalars_are_coerced_like_graphql_js()
    {
        Assert.Equal(
            """{"where":null,"limit":2,"ids":["7","a"]}""",
            Coerced(Library, Games, """{"where": null, "limit": 2.0, "ids": [7, "a"]}"""));
    }

    [Fact]
    public void A_single_value_in_a_list_position_becomes_a_one_item_list()
    {
        Assert.Equal("""{"ids":["1"]}""", Coerced(Library, Games, """{"ids": "1"}"""));
        Assert.Equal(
            """{"where":{"and":[{"title":"x"}]}}""",
            Coerced(Library, Games, """{"where": {"and": {"title": "x"}}}"""));
    }

    [Fact]
    public void Custom_scalars_pass_through_unchanged()
    {
        Assert.Equal(
            """{"v":{"deep":[1,"two",{"three":null}],"n":1.50}}""",
            Coerced(Library, "query ($v: JSON) { echo(value: $v) }", """{"v": {"deep": [1, "two", {"three": null}], "n": 1.50}}"""));
    }

    [Theory]
    [InlineData("{}", "Variable \"$input\" of required type \"AddGameInput!\" was not provided.")]
    [InlineData("""{"input": null}""", "Variable \"$input\" of non-null type \"AddGameInput!\" must not be null.")]
    [InlineData("""{"input": "Doom"}""", "Variable \"$input\" got invalid value \"Doom\"; Expected type \"AddGameInput\" to be an object.")]
    [InlineData("""{"input": {}}""", "Variable \"$input\" got invalid value {}; Field \"title\" of required type \"String!\" was not provided.")]
    [InlineData("""{"input": {"title": null}}""", "Variable \"$input\" got invalid value null at \"input.title\"; Expected non-nullable type \"String!\" not to be null.")]
    [InlineData("""{"input": {"title": 5}}""", "Variable \"$input\" got invalid value 5 at \"input.title\"; String cannot represent a non string value: 5")]
    [InlineData("""{"input": {"title": "x", "genre": "LEGACY"}}""", "Variable \"$input\" got invalid value \"LEGACY\" at \"input.genre\"; Value \"LEGACY\" does not exist in \"Genre\" enum.")]
    [InlineData("""{"input": {"title": "x", "genre": 1}}""", "Variable \"$input\" got invalid value 1 at \"input.genre\"; Enum \"Genre\" cannot represent non-string value: 1.")]
    [InlineData("""{"input": {"title": "x", "cost": 1}}""", "Variable \"$input\" got invalid value {\"title\": \"x\", \"cost\": 1}; Field \"cost\" is not defined by type \"AddGameInput\".")]
    [InlineData("""{"input": {"title": "x", "scores": [1, 2.5]}}""", "Variable \"$input\" got invalid value 2.5 at \"input.scores[1]\"; Int cannot represent non-integer value: 2.5")]
    [InlineData("""{"input": {"title": "x", "scores": [3000000000]}}""", "Variable \"$input\" got invalid value 3000000000 at \"input.scores[0]\"; Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("""{"input": {"title": "x", "scores": ["1"]}}""", "Variable \"$input\" got invalid value \"1\" at \"input.scores[0]\"; Int cannot represent non-integer value: \"1\"")]
    [InlineData("""{"input": {"title": "x", "scores": [null]}}""", "Variable \"$input\" got invalid value null at \"input.scores[0]\"; Expected non-nullable type \"Int!\" not to be null.")]
    public void Invalid_values_are_rejected_with_a_message_naming_the_variable(string variables, string message)
    {
        Assert.Equal([message], Errors(Catalog, AddGame, variables));
    }

    [Theory]
    [InlineData("$b: Boolean", """{"b": "true"}""", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("$b: Boolean", """{"b": 1}""", "Boolean cannot represent a non boolean value: 1")]
    [InlineData("$f: Float", """{"f": "1.5"}""", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("$s: String!", """{"s": true}""", "String cannot represent a non string value: true")]
    [InlineData("$i: ID", """{"i": 1.5}""", "ID cannot represent value: 1.5")]
    [InlineData("$i: ID", """{"i": false}""", "ID cannot represent value: false")]
    [InlineData("$n: Int", """{"n": 1e400}""", "Int cannot represent non-integer value: 1e400")]
    public void Each_built_in_scalar_rejects_what_it_cannot_represent(string declaration, string variables, string detail)
    {
        var name = declaration[1..declaration.IndexOf(':', StringComparison.Ordinal)];
        var arguments = name switch
        {
            "i" => "games(ids: [$i])",
            "n" => "games(limit: $n)",
            "s" => "search(text: $s)",
            "b" => "search(text: \"t\", exact: $b)",
            _ => "search(text: \"t\", minScore: $f)",
        };
        var query = $"query ({declaration}) {{ {arguments} {{ id }} }}";

        var errors = Errors(Library, query, variables);

        Assert.Equal([$"Variable \"${name}\" got invalid value {JsonDocument.Parse(variables).RootElement.GetProperty(name).GetRawText()}; {detail}"], errors);
    }

    [Fact]
    public void Every_invalid_variable_is_reported()
    {
        var errors = Errors(Library, "query ($a: Int!, $b: ID!, $c: Platform) { game(id: $b) { similar(first: $a) { id } } games(where: { platform: $c }) { id } }", """{"c": "HANDHELD"}""");

        Assert.Equal(
            [
                "Variable \"$a\" of required type \"Int!\" was not provided.",
                "Variable \"$b\" of required type \"ID!\" was not provided.",
                "Variable \"$c\" got invalid value \"HANDHELD\"; Value \"HANDHELD\" does not exist in \"Platform\" enum.",
            ],
            errors);
    }

    [Fact]
    public void Inaccessible_input_fields_do_not_exist()
    {
        Assert.Equal(
            ["Variable \"$where\" got invalid value {\"internal\": 1}; Field \"internal\" is not defined by type \"GameQuery\"."],
            Errors(Library, Games, """{"where": {"internal": 1}}"""));
    }

    [Fact]
    public void A_condition_variable_must_not_be_null()
    {
        Assert.Equal(
            ["Variable \"$hide\" is used as the condition of @skip or @include and must not be null."],
            Errors(Catalog, "query ($hide: Boolean = false) { me @skip(if: $hide) { id } }", """{"hide": null}"""));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("7")]
    public void Variables_must_be_an_object(string variables)
    {
        Assert.Equal(["Variables must be provided as a JSON object."], Errors(Library, Games, variables));
    }

    [Fact]
    public void Deeply_nested_values_are_rejected_not_overflowed()
    {
        var nested = string.Concat(Enumerable.Repeat("{\"and\": [", 100)) + "{}" + string.Concat(Enumerable.Repeat("]}", 100));
        using var document = JsonDocument.Parse($$"""{"where": {{nested}}}""", new JsonDocumentOptions { MaxDepth = 1000 });

        var result = Library.Prepare(Games, null, document.RootElement);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Contains("nested more than 64 levels deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_nested_within_the_limit_are_coerced()
    {
        var nested = string.Concat(Enumerable.Repeat("{\"or\": [", 20)) + "{\"title\": \"x\"}" + string.Concat(Enumerable.Repeat("]}", 20));

        var coerced = Coerced(Library, Games, $$"""{"where": {{nested}}}""");

        Assert.Equal(nested.Replace(" ", string.Empty, StringComparison.Ordinal), JsonDocument.Parse(coerced).RootElement.GetProperty("where").GetRawText());
    }
}
