namespace GameLibrary.BadInput.Tests.Running;

/// <summary>The names of the transports a case runs over.</summary>
public static class TransportName
{
    /// <summary>GraphQL over HTTP: a POST (or the case's method) answered with JSON.</summary>
    public const string Http = "http";

    /// <summary>GraphQL over SSE: the same request with <c>Accept: text/event-stream</c>.</summary>
    public const string ServerSentEvents = "sse";

    /// <summary>graphql-transport-ws.</summary>
    public const string WebSocket = "ws";
}
