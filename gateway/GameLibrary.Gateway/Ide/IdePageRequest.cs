using Microsoft.Net.Http.Headers;

namespace GameLibrary.Gateway.Ide;

/// <summary>Tells a browser opening the GraphQL URL apart from a GraphQL request to the same URL.</summary>
internal static class IdePageRequest
{
    /// <summary>
    /// A GET or HEAD that accepts <c>text/html</c> and carries no <c>query</c> parameter, and is not a WebSocket
    /// upgrade: GraphQL GETs, SSE (<c>Accept: text/event-stream</c>) and POSTs all stay with the transport.
    /// </summary>
    public static bool Matches(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.Query.ContainsKey("query")
        && !request.HttpContext.WebSockets.IsWebSocketRequest
        && AcceptsHtml(request);

    private static bool AcceptsHtml(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out IList<MediaTypeHeaderValue>? ranges)
        && ranges.Any(range => range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && range.Quality is not 0);
}
