namespace GameLibrary.Transport.Execution;

/// <summary>The transport a request arrived on.</summary>
public enum GraphQLTransportKind
{
    /// <summary>HTTP POST.</summary>
    HttpPost,

    /// <summary>HTTP GET: only query operations may run.</summary>
    HttpGet,

    /// <summary>graphql-transport-ws over a WebSocket.</summary>
    WebSocket,

    /// <summary>GraphQL over Server-Sent Events (distinct-connections mode).</summary>
    ServerSentEvents,
}
