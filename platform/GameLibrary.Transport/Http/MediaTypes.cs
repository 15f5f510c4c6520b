namespace GameLibrary.Transport.Http;

/// <summary>The media types the transport reads and writes.</summary>
internal static class MediaTypes
{
    public const string Json = "application/json";
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string EventStream = "text/event-stream";

    /// <summary>The <c>Content-Type</c> header value of a JSON response in the given format.</summary>
    public static string ContentTypeOf(ResponseFormat format) => format == ResponseFormat.GraphQLResponseJson
        ? GraphQLResponseJson + "; charset=utf-8"
        : Json + "; charset=utf-8";
}
