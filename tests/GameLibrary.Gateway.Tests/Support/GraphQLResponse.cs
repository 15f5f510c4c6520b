using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GameLibrary.Gateway.Tests.Support;

/// <summary>An HTTP response of the gateway.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, string Body)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("The body is JSON null.");

    public JsonNode? Data => Json["data"];

    public JsonArray Errors => Json["errors"]?.AsArray() ?? [];

    public IReadOnlyList<string?> ErrorCodes => [.. Errors.Select(error => error?["extensions"]?["code"]?.GetValue<string>())];

    public string Pretty => Json.ToJsonString(Indented);

    public override string ToString() => $"{(int)Status} {MediaType}: {Body}";
}
