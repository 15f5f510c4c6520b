using GameLibrary.Federation;
using GameLibrary.Gateway.Supergraphs;
using GameLibrary.Transport.Execution;

namespace GameLibrary.Gateway.Execution;

/// <summary>
/// Runs transport requests on the supergraph being served, each to the end on the version it started with: a
/// query or mutation until its result is ready, a subscription until its client leaves.
/// </summary>
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

        GatewaySubscription answer;
        try
        {
            GatewayRequest gatewayRequest = new(request.Query, request.OperationName, request.Variables)
            {
                Extensions = request.Extensions,
                Headers = headers.Propagated(context.Headers),
                TraceContext = RequestHeaders.TraceContextOf(context.Headers),
                QueryOnly = context.QueryOnly,
                IncludeQueryPlan = headers.WantsQueryPlan(context.Headers),
            };

            // Every transport asks for a stream: the transport itself refuses one over plain HTTP (SUBSCRIPTION_TRANSPORT_REQUIRED).
            answer = await lease.Gateway.SubscribeAsync(gatewayRequest, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            lease.Dispose();
            throw;
        }

        if (!answer.IsStream)
        {
            lease.Dispose();
            return GraphQLExecution.Single(new FederationResult(answer.Result));
        }

        // The events are completed on this version for as long as the client listens: the stream keeps the lease.
        return GraphQLExecution.Stream(new FederationEventStream(answer.Events, lease, cancellationToken));
    }
}
