using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GameLibrary.Testing;

/// <summary>An HTTP response of a GraphQL endpoint (the gateway's or a subgraph's), read as JSON on demand.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="MediaType">The response's media type, when the test recorded it.</param>
/// <param name="Body">The response body.</param>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, string Body)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>A response whose media type was not recorded.</summary>
    public GraphQLResponse(HttpStatusCode status, string body)
        : this(status, null, body)
    {
    }

    /// <summary>The body parsed.</summary>
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("The body is JSON null.");

    /// <summary>The <c>data</c> member, if any.</summary>
    public JsonNode? Data => Json["data"];

    /// <summary>The <c>errors</c> member, empty when there is none.</summary>
    public JsonArray Errors => Json["errors"]?.AsArray() ?? [];

    /// <summary>Each error's <c>extensions.code</c>, in order.</summary>
    public IReadOnlyList<string?> ErrorCodes => [.. Errors.Select(error => error?["extensions"]?["code"]?.GetValue<string>())];

    /// <summary>Each error's <c>extensions.field</c> (input validation errors name the offending input), in order.</summary>
    public IReadOnlyList<string?> ErrorFields => [.. Errors.Select(error => error?["extensions"]?["field"]?.GetValue<string>())];

    /// <summary>The data of a response that must have no errors.</summary>
    public JsonNode Ok => Errors.Count == 0 && Data is { } data ? data : throw new InvalidOperationException($"Expected data without errors: {Body}");

    /// <summary>The body indented, for failure messages and snapshots.</summary>
    public string Pretty => Json.ToJsonString(Indented);

    /// <summary>Fails with the whole body when the response has errors.</summary>
    public GraphQLResponse EnsureNoErrors() =>
        Errors.Count == 0 ? this : throw new InvalidOperationException($"Expected no errors: {Pretty}");

    /// <inheritdoc />
    public override string ToString() => $"{(int)Status} {MediaType}: {Body}";
}
