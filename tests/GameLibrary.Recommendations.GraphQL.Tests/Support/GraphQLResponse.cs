using System.Net;
using System.Text.Json.Nodes;

namespace GameLibrary.Recommendations.GraphQL.Tests.Support;

/// <summary>An HTTP response of the GraphQL endpoint.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("The body is JSON null.");

    public JsonArray Errors => Json["errors"]?.AsArray() ?? [];

    public IReadOnlyList<string?> ErrorCodes => [.. Errors.Select(error => error?["extensions"]?["code"]?.GetValue<string>())];

    /// <summary>The data of a response that must have no errors.</summary>
    public JsonNode Ok => Errors.Count == 0 && Json["data"] is { } data ? data : throw new InvalidOperationException($"Expected data without errors: {Body}");
}
