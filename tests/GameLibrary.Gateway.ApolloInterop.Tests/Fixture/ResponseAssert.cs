using System.Text.Json;
using System.Text.Json.Nodes;

namespace GameLibrary.Gateway.ApolloInterop.Tests.Fixture;

/// <summary>Exact, order-sensitive comparisons of GraphQL responses (response keys follow the query's field order).</summary>
internal static class ResponseAssert
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Asserts the response has no errors and exactly the expected data.</summary>
    public static void HasData(string expectedData, JsonObject response)
    {
        Assert.False(response.ContainsKey("errors"), $"Unexpected errors: {Print(response["errors"])}");
        DataEquals(expectedData, response);
    }

    /// <summary>Asserts the response's data is exactly the expected data (errors are checked separately).</summary>
    public static void DataEquals(string expectedData, JsonObject response)
    {
        Assert.True(response.ContainsKey("data"), $"The response has no data entry: {Print(response)}");
        Assert.Equal(Print(JsonNode.Parse(expectedData)), Print(response["data"]));
    }

    /// <summary>The errors of a response (asserting there are some).</summary>
    public static IReadOnlyList<JsonObject> Errors(JsonObject response)
    {
        Assert.True(response["errors"] is JsonArray { Count: > 0 }, $"Expected errors: {Print(response)}");
        return response["errors"]!.AsArray().Select(error => error!.AsObject()).ToList();
    }

    /// <summary>Indented JSON of a node, <c>null</c> for null.</summary>
    public static string Print(JsonNode? node) => node?.ToJsonString(Indented) ?? "null";
}
