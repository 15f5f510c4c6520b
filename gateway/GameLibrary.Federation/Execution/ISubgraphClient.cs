namespace GameLibrary.Federation.Execution;

/// <summary>Sends one GraphQL request to one subgraph (HTTP in production, fakes in unit tests).</summary>
internal interface ISubgraphClient
{
    /// <summary>
    /// Sends the request and returns the subgraph's GraphQL response (<c>data</c> in the result store, <c>errors</c>).
    /// Throws <see cref="SubgraphRequestException"/> when the subgraph cannot be reached, times out or does not
    /// answer with a GraphQL response; <see cref="OperationCanceledException"/> when the caller cancels.
    /// </summary>
    Task<SubgraphResponse> ExecuteAsync(string subgraph, SubgraphRequest request, ForwardedHeaders headers, CancellationToken cancellationToken);
}
