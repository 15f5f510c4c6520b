using System.Text.Json.Nodes;

namespace GameLibrary.Federation;

/// <summary>One entry of a response's <c>errors</c> list.</summary>
/// <param name="Message">The human-readable message.</param>
/// <param name="Path">The response path: <see cref="string"/> response keys and <see cref="int"/> list indexes; null for request-level errors.</param>
/// <param name="Extensions">The <c>extensions</c> object (at least <c>code</c> for errors the gateway raises).</param>
/// <param name="Locations">Source locations in the client's document, if known.</param>
public sealed record GatewayError(
    string Message,
    IReadOnlyList<object>? Path = null,
    JsonObject? Extensions = null,
    IReadOnlyList<GatewayErrorLocation>? Locations = null)
{
    /// <summary>Creates an error with <c>extensions.code</c> set.</summary>
    public static GatewayError WithCode(string message, string code, IReadOnlyList<object>? path = null) =>
        new(message, path, new JsonObject { ["code"] = code });

    /// <summary>The <c>extensions.code</c> value, if any.</summary>
    public string? Code => Extensions?["code"]?.GetValue<string>();
}

/// <summary>A line/column position in a GraphQL document (both 1-based).</summary>
public readonly record struct GatewayErrorLocation(int Line, int Column);
