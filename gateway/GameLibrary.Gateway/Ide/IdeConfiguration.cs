using System.Text.Json;

namespace GameLibrary.Gateway.Ide;

/// <summary>
/// The IDE's <c>bcp-config.json</c>, which it fetches beside its page: the document title, the endpoint it talks to —
/// HTTP for queries and mutations, the same URL as <c>ws://</c> with graphql-transport-ws for subscriptions — and
/// telemetry switched off.
/// </summary>
internal static class IdeConfiguration
{
    public const string FileName = "bcp-config.json";

    public const string Title = "GameLibrary";

    /// <summary>Writes the configuration for an IDE whose GraphQL endpoint is <paramref name="endpoint"/> (a path on the page's origin).</summary>
    public static void Write(Utf8JsonWriter writer, string endpoint)
    {
        writer.WriteStartObject();
        writer.WriteString("title"u8, Title);

        // The endpoint resolves against the page's URL, so the IDE works under any host name, scheme and port.
        writer.WriteBoolean("useBrowserUrlAsEndpoint"u8, true);
        writer.WriteString("endpoint"u8, endpoint);
        writer.WriteString("subscriptionProtocol"u8, "graphql-transport-ws");

        // Otherwise the IDE posts to its vendor's telemetry endpoint (telemetry.chillicream.com) about 10 s after it
        // opens: a developer's IDE talks to this gateway only.
        writer.WriteBoolean("disableTelemetry"u8, true);
        writer.WriteEndObject();
    }
}
