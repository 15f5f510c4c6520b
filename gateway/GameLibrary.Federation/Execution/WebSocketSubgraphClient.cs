using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using GameLibrary.Federation.Supergraph;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// Opens subgraph subscriptions over graphql-transport-ws at the subgraph's URL with the scheme changed to
/// ws(s), multiplexed over a small pool of connections per subgraph and forwarded headers
/// (<see cref="GraphQLWsConnectionPool"/>). Connecting and acknowledgement get the subgraph's timeout; events may
/// then take as long as they take.
/// </summary>
internal sealed class WebSocketSubgraphClient(SupergraphSchema schema, FederationGatewayOptions options) : ISubgraphSubscriptionClient
{
    private readonly SubgraphEndpoints _endpoints = new(schema, options);
    private readonly ConcurrentDictionary<string, GraphQLWsConnectionPool> _pools = new(StringComparer.Ordinal);

    /// <summary>Open upstream connections over all subgraphs.</summary>
    public int ConnectionCount => _pools.Values.Sum(p => p.ConnectionCount);

    /// <inheritdoc />
    public async IAsyncEnumerable<JsonObject> SubscribeAsync(
        string subgraph,
        SubgraphRequest request,
        ForwardedHeaders headers,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (WebSocketUrl(_endpoints.Url(subgraph)) is not { } url)
        {
            throw new SubgraphRequestException(subgraph, ErrorCodes.SubrequestHttpError, $"Subscription to subgraph '{subgraph}' failed: the subgraph has no valid URL.");
        }

        // Connections are shared by the propagated headers only: subscriptions of callers with different trace contexts share them.
        var pool = _pools.GetOrAdd(
            PoolKey(subgraph, url, headers.Propagated),
            _ => new GraphQLWsConnectionPool(subgraph, url, new Dictionary<string, string>(headers.Propagated), _endpoints.Timeout(subgraph), options.SubscriptionsPerConnection));
        var (connection, operation) = await pool.SubscribeAsync(request, headers, cancellationToken).ConfigureAwait(false);
        try
        {
            await foreach (var response in operation.ReadEventsAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return response;
            }
        }
        finally
        {
            await pool.EndAsync(connection, operation).ConfigureAwait(false);
        }
    }

    /// <summary>The WebSocket URL of a subgraph's http(s) URL (ws(s) URLs as they are).</summary>
    internal static Uri? WebSocketUrl(Uri? url) => url?.Scheme switch
    {
        "http" => new UriBuilder(url) { Scheme = "ws" }.Uri,
        "https" => new UriBuilder(url) { Scheme = "wss" }.Uri,
        "ws" or "wss" => url,
        _ => null,
    };

    /// <summary>The forwarded headers as one comparable string: names case-insensitive and unordered, values exact.</summary>
    internal static string HeaderKey(IReadOnlyDictionary<string, string> headers)
    {
        var key = new StringBuilder();
        foreach (var (name, value) in headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            key.Append(name.ToLowerInvariant()).Append('\n').Append(value).Append('\n');
        }

        return key.ToString();
    }

    private static string PoolKey(string subgraph, Uri url, IReadOnlyDictionary<string, string> headers) =>
        $"{subgraph}\n{url}\n{HeaderKey(headers)}";
}
