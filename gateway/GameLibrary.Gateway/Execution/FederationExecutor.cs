using GameLibrary.Federation;
using GameLibrary.Gateway.Supergraphs;
using GameLibrary.Transport.Execution;

namespace GameLibrary.Gateway.Execution;

/// <summary>Runs transport requests on the supergraph being served, each to the end on the version it started with.</summary>
internal sealed class FederationExecutor(SupergraphProvider provider, RequestHeaders headers) : IGraphQLExecutor
{
    public async ValueTask<GraphQLExecution> ExecuteAsync(
        GraphQLRequest request,
        GraphQLRequestContext context,
        CancellationToken cancellationToken)
    {
        // SupergraphAvailability answers 503 until the first supergraph is loaded, and none is ever unloaded.
        if (!provider.TryAcquire(out SupergraphLease lease))
        {
            throw new InvalidOperationException("A GraphQL request reached the gateway before any supergraph was loaded.");
        }

        using (lease)
        {
            GatewayRequest gatewayRequest = new(request.Query, request.OperationName, request.Variables)
            {
                Headers = headers.Propagated(context.Headers),
                QueryOnly = context.QueryOnly,
                IncludeQueryPlan = headers.WantsQueryPlan(context.Headers),
            };
            GatewayResult result = await lease.Gateway.ExecuteAsync(gatewayRequest, cancellationToken).ConfigureAwait(false);
            return GraphQLExecution.Single(new FederationResult(result));
        }
    }
}
