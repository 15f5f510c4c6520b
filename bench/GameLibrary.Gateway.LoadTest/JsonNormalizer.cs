using System.Text.Json.Nodes;

namespace GameLibrary.Gateway.LoadTest;

/// <summary>Makes two gateways' responses comparable byte for byte: parsed and written compactly, field order kept.</summary>
internal static class JsonNormalizer
{
    /// <summary>The normalised text of a JSON document.</summary>
    public static string Normalize(string json) => JsonNode.Parse(json)?.ToJsonString() ?? "null";
}
