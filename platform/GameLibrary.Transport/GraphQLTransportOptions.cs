namespace GameLibrary.Transport;

/// <summary>Limits, timeouts and switches of the GraphQL transport.</summary>
public sealed class GraphQLTransportOptions
{
    /// <summary>
    /// The largest accepted POST body and graphql-transport-ws message, in bytes (default 1 MiB).
    /// Larger bodies are answered 413; larger WebSocket messages close the socket with 1009.
    /// </summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>How long a WebSocket may stay open without <c>connection_init</c> (default 10 s); then 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Interval of WebSocket protocol pings, and how long an SSE stream may go without a write before it gets a
    /// keep-alive comment (default 15 s; one timer checks every SSE stream each quarter interval);
    /// <see cref="TimeSpan.Zero"/> disables both.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long in-flight requests and open subscriptions get to finish once the application stops
    /// (default 30 s); remaining work is cancelled afterwards.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether queries may be sent with HTTP GET (default true).</summary>
    public bool EnableGet { get; set; } = true;

    /// <summary>Whether the graphql-transport-ws WebSocket protocol is served (default true).</summary>
    public bool EnableWebSockets { get; set; } = true;

    /// <summary>Whether GraphQL over Server-Sent Events is served to <c>Accept: text/event-stream</c> (default true).</summary>
    public bool EnableServerSentEvents { get; set; } = true;
}
