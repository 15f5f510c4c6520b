using System.Text.Json.Nodes;

using GameLibrary.Federation.Conformance.Tests.Harness;

namespace GameLibrary.Federation.Conformance.Tests;

public sealed class ResponseComparerTests
{
    [Fact]
    public void Equal_data_matches_with_numbers_compared_by_value()
    {
        IReadOnlyList<string> differences = Compare(
            """{ "data": { "a": 1, "b": [ { "c": "x" }, null ], "d": 2.5 } }""",
            """{ "data": { "a": 1.0, "b": [ { "c": "x" }, null ], "d": 2.50 } }""");

        Assert.Empty(differences);
    }

    [Fact]
    public void Key_order_is_part_of_the_data()
    {
        IReadOnlyList<string> differences = Compare(
            """{ "data": { "product": { "id": "1", "name": "Chair" } } }""",
            """{ "data": { "product": { "name": "Chair", "id": "1" } } }""");

        Assert.Equal(["data.product: keys in order [name, id], expected [id, name]"], differences);
    }

    [Fact]
    public void Differences_name_the_path_of_the_value()
    {
        IReadOnlyList<string> differences = Compare(
            """{ "data": { "products": [ { "name": "Chair" }, { "name": "Desk", "tags": [] } ] } }""",
            """{ "data": { "products": [ { "name": "Chair" }, { "name": null, "price": 3 } ] } }""");

        Assert.Equal(
            [
                """data.products[1].tags: missing (expected [])""",
                """data.products[1].price: not expected (got 3)""",
                """data.products[1].name: expected "Desk", got null""",
            ],
            differences);
    }

    [Fact]
    public void A_request_error_must_have_no_data_entry_and_a_result_must_have_one()
    {
        Assert.Equal(
            ["""expected no data entry (a request error), the response has data: null"""],
            Compare("""{ "errors": [ { "code": "GRAPHQL_VALIDATION_FAILED" } ] }""", """{ "errors": [ { "message": "x", "extensions": { "code": "GRAPHQL_VALIDATION_FAILED" } } ], "data": null }"""));
        Assert.Equal(
            ["expected a data entry, the response has none"],
            Compare("""{ "data": null, "errors": [ { "path": ["a"] } ] }""", """{ "errors": [ { "message": "x", "path": ["a"] } ] }"""));
    }

    [Fact]
    public void Errors_are_compared_on_the_given_properties_only()
    {
        IReadOnlyList<string> differences = Compare(
            """{ "data": { "a": null }, "errors": [ { "path": ["a"], "code": "BOOM" } ] }""",
            """{ "data": { "a": null }, "errors": [ { "message": "any text", "path": ["a"], "locations": [], "extensions": { "code": "BOOM", "more": 1 } } ] }""");

        Assert.Empty(differences);
    }

    [Fact]
    public void Errors_must_be_as_many_as_expected()
    {
        IReadOnlyList<string> differences = Compare(
            """{ "data": { "a": null, "b": 1 } }""",
            """{ "data": { "a": null, "b": 1 }, "errors": [ { "message": "boom", "path": ["a"] } ] }""");

        Assert.Equal(["1 errors, expected 0", """unexpected error {"message":"boom","path":["a"]}"""], differences);
    }

    [Fact]
    public void Errors_are_matched_as_a_multiset_even_when_a_loose_expectation_comes_first()
    {
        // Greedy matching would give the first actual error to the code-only expectation and fail the second.
        IReadOnlyList<string> differences = Compare(
            """{ "data": {}, "errors": [ { "code": "E" }, { "path": ["x", 0], "code": "E" } ] }""",
            """{ "data": {}, "errors": [ { "message": "m", "path": ["x", 0], "extensions": { "code": "E" } }, { "message": "m", "path": ["y"], "extensions": { "code": "E" } } ] }""");

        Assert.Empty(differences);
    }

    [Fact]
    public void A_mismatched_error_is_reported_with_the_expectation_it_fails()
    {
        IReadOnlyList<string> differences = Compare(
            """{ "data": {}, "errors": [ { "path": ["x", 1], "message": "boom" } ] }""",
            """{ "data": {}, "errors": [ { "message": "boom", "path": ["x", "1"] } ] }""");

        Assert.Equal(
            ["""no error matches expected {"path":["x",1],"message":"boom"}""", """unexpected error {"message":"boom","path":["x","1"]}"""],
            differences);
    }

    [Fact]
    public void A_property_expected_as_null_must_be_absent()
    {
        Assert.Empty(Compare("""{ "errors": [ { "path": null } ] }""", """{ "errors": [ { "message": "bad" } ] }"""));
        Assert.NotEmpty(Compare("""{ "errors": [ { "path": null } ] }""", """{ "errors": [ { "message": "bad", "path": ["a"] } ] }"""));
    }

    [Fact]
    public void An_empty_errors_list_is_a_difference()
    {
        Assert.Equal(
            ["errors is an empty list; the spec requires it to be absent when there are none"],
            Compare("""{ "data": { "a": 1 } }""", """{ "data": { "a": 1 }, "errors": [] }"""));
    }

    private static IReadOnlyList<string> Compare(string expected, string actual)
    {
        JsonObject spec = JsonNode.Parse(expected)!.AsObject();
        ExpectedResponse response = new(
            spec.ContainsKey("data"),
            spec["data"]?.DeepClone(),
            [.. (spec["errors"] as JsonArray ?? []).Select(error => error!.DeepClone().AsObject())]);
        return ResponseComparer.Compare(response, JsonNode.Parse(actual)!.AsObject());
    }
}
