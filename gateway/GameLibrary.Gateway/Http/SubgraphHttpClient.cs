using GameLibrary.Gateway.Configuration;

namespace GameLibrary.Gateway.Http;

/// <summary>
/// Creates the one HTTP client every supergraph version sends its subgraph requests with. Sharing it makes
/// a swap cheap (warm connections carry over) and disposing a retired engine harmless.
/// </summary>
internal static class SubgraphHttpClient
{
    public static HttpClient Create(SubgraphHttpOptions options)
    {
        SocketsHttpHandler handler = new()
        {
            PooledConnectionLifetime = options.PooledConnectionLifetime,
            PooledConnectionIdleTimeout = options.PooledConnectionIdleTimeout,
            MaxConnectionsPerServer = options.MaxConnectionsPerServer,
            ConnectTimeout = options.ConnectTimeout,

            // One client serves every caller: a cookie jar would leak one user's cookies to the next.
            UseCookies = false,
            AllowAutoRedirect = false,
        };

        // The engine enforces the per-subgraph timeouts; a client-wide one would cut across them.
        return new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
