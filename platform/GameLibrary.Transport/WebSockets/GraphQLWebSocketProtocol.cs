using System.Net.WebSockets;
using System.Text;

namespace GameLibrary.Transport.WebSockets;

/// <summary>The constants of graphql-transport-ws (graphql-ws PROTOCOL.md).</summary>
internal static class GraphQLWebSocketProtocol
{
    public const string SubProtocol = "graphql-transport-ws";

    public const WebSocketCloseStatus BadRequest = (WebSocketCloseStatus)4400;
    public const WebSocketCloseStatus Unauthorized = (WebSocketCloseStatus)4401;
    public const WebSocketCloseStatus Forbidden = (WebSocketCloseStatus)4403;
    public const WebSocketCloseStatus SubprotocolNotAcceptable = (WebSocketCloseStatus)4406;
    public const WebSocketCloseStatus ConnectionInitialisationTimeout = (WebSocketCloseStatus)4408;
    public const WebSocketCloseStatus SubscriberAlreadyExists = (WebSocketCloseStatus)4409;
    public const WebSocketCloseStatus TooManyInitialisationRequests = (WebSocketCloseStatus)4429;
    public const WebSocketCloseStatus InternalServerError = (WebSocketCloseStatus)4500;

    /// <summary>How long the client gets to answer a close frame before the socket is dropped.</summary>
    public static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>A close reason fits in 123 UTF-8 bytes (RFC 6455 §5.5); longer ones fall back.</summary>
    public static string LimitCloseReason(string reason, string fallback) =>
        Encoding.UTF8.GetByteCount(reason) <= 123 ? reason : fallback;
}
