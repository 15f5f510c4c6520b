using System.Text.Json.Nodes;

namespace GameLibrary.Federation.Execution;

/// <summary>Opens a subscription on one subgraph (graphql-transport-ws in production, fakes in unit tests).</summary>
internal interface ISubgraphSubscriptionClient
{
    /// <summary>
    /// Subscribes when enumeration starts and yields the subgraph's GraphQL response object (<c>data</c>,
    /// <c>errors</c>) of each event, in order; ends when the subgraph completes the subscription. Stopping the
    /// enumeration (disposing the enumerator or cancelling) ends the subscription on the subgraph. Throws
    /// <see cref="SubgraphRequestException"/> when the subgraph cannot be reached or the connection ends abnormally.
    /// </summary>
    IAsyncEnumerable<JsonObject> SubscribeAsync(string subgraph, SubgraphRequest request, ForwardedHeaders headers, CancellationToken cancellationToken);
}
