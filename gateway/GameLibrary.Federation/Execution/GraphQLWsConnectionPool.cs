namespace GameLibrary.Federation.Execution;

/// <summary>
/// The graphql-transport-ws connections to one subgraph URL with one set of forwarded headers (they are sent in
/// <c>connection_init</c>, so connections with different headers cannot be shared). Subscriptions go onto an open
/// connection with room (<see cref="FederationGatewayOptions.SubscriptionsPerConnection"/>); a new connection is
/// opened only when all are full. A connection is closed when its last subscription ends.
/// </summary>
internal sealed class GraphQLWsConnectionPool(string subgraph, Uri url, IReadOnlyDictionary<string, string> headers, TimeSpan timeout, int perConnection)
{
    // Serializes choosing and opening connections, so concurrent subscribers fill one connection instead of opening many.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<GraphQLWsConnection> _connections = [];

    /// <summary>Open connections (tests and metrics).</summary>
    public int ConnectionCount => _connections.Count;

    /// <summary>
    /// Starts a subscription on a connection with room, opening one if needed; a connection it opens carries the
    /// subscriber's trace context on its upgrade request (<paramref name="forwarded"/>; its propagated headers are the pool's).
    /// </summary>
    public async Task<(GraphQLWsConnection Connection, GraphQLWsOperation Operation)> SubscribeAsync(
        SubgraphRequest request,
        ForwardedHeaders forwarded,
        CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _connections.RemoveAll(c => !c.IsOpen);
            var connection = _connections.FirstOrDefault(c => c.OperationCount < perConnection);
            if (connection is null)
            {
                connection = await GraphQLWsConnection.OpenAsync(subgraph, url, forwarded with { Propagated = headers }, timeout, cancellationToken).ConfigureAwait(false);
                _connections.Add(connection);
            }

            return (connection, await connection.SubscribeAsync(request, cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Ends a subscription; closes its connection when it was the last one there.</summary>
    public async Task EndAsync(GraphQLWsConnection connection, GraphQLWsOperation operation)
    {
        await operation.DisposeAsync().ConfigureAwait(false);
        bool retired;
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            retired = connection.TryRetire();
            if (retired)
            {
                _connections.Remove(connection);
            }
        }
        finally
        {
            _gate.Release();
        }

        if (retired)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
