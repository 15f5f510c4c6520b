using System.Text.Json;

namespace GameLibrary.Gateway.Ide;

/// <summary>
/// The IDE's <c>bcp-config.json</c>, which it fetches beside its page: the document title, and the endpoint it
/// talks to — HTTP for queries and mutations, the same URL as <c>ws://</c> with graphql-transport-ws for subscriptions.
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
        writer.WriteEndObject();
    }
}
