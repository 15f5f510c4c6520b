using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GameLibrary.Scoreboard.GraphQL.Tests.Support;

/// <summary>An HTTP response of the GraphQL endpoint.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string Body)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("The body is JSON null.");

    public JsonNode? Data => Json["data"];

    public JsonNode Ok => Errors.Count == 0 && Data is { } data ? data : throw new InvalidOperationException($"Expected data without errors: {Body}");

    public JsonArray Errors => Json["errors"]?.AsArray() ?? [];

    public IReadOnlyList<string?> ErrorCodes => [.. Errors.Select(error => error?["extensions"]?["code"]?.GetValue<string>())];

    public IReadOnlyList<string?> ErrorFields => [.. Errors.Select(error => error?["extensions"]?["field"]?.GetValue<string>())];

    public string Pretty => Json.ToJsonString(Indented);

    /// <summary>Fails with the whole body when the response has errors.</summary>
    public GraphQLResponse EnsureNoErrors()
    {
        Assert.True(Errors.Count == 0, Pretty);
        return this;
    }
}
