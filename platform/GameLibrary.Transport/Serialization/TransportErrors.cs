using Microsoft.Extensions.Hosting;

namespace GameLibrary.Transport.Serialization;

/// <summary>The errors every protocol of the transport reports alike.</summary>
internal static class TransportErrors
{
    /// <summary>An unexpected failure; its message is shown in Development only, never to production clients.</summary>
    public static TransportErrorResult Internal(Exception exception, IHostEnvironment environment) => new(
        GraphQLTransportErrorCodes.InternalServerError,
        environment.IsDevelopment() ? exception.Message : "An unexpected error occurred.");

    /// <summary>A new operation arriving after shutdown began.</summary>
    public static TransportErrorResult ShuttingDown() => new(
        GraphQLTransportErrorCodes.ShuttingDown,
        "The server is shutting down and accepts no new operations; retry shortly.");

    /// <summary>A subscription sent over plain POST or GET.</summary>
    public static TransportErrorResult SubscriptionTransportRequired() => new(
        GraphQLTransportErrorCodes.SubscriptionTransportRequired,
        "Subscriptions need a streaming transport: use graphql-transport-ws over a WebSocket, or send 'Accept: text/event-stream' for Server-Sent Events.");
}
