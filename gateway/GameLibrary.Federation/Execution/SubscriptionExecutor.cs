using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using GameLibrary.Federation.Planning;
using GameLibrary.Federation.Planning.Nodes;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// Runs a subscription plan: opens the primary fetch's event stream on its subgraph and completes each event, in
/// order, with the plan's follow-up fetches (<see cref="QueryPlanExecutor.ExecuteSubscriptionEventAsync"/>). When the
/// subgraph cannot be reached or drops the stream, a last result carries the error on the root field.
/// </summary>
internal sealed class SubscriptionExecutor(ISubgraphSubscriptionClient client, QueryPlanExecutor executor)
{
    /// <summary>One result per event of the subscription, until the subgraph ends it or the caller stops reading.</summary>
    public async IAsyncEnumerable<QueryPlanResult> ExecuteAsync(
        QueryPlan plan,
        JsonObject variables,
        ForwardedHeaders headers,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (plan.Node is not SubscriptionNode { Primary: var primary })
        {
            // Nothing to subscribe to: the root field is excluded by @skip/@include.
            yield break;
        }

        var events = client.SubscribeAsync(primary.ServiceName, SubgraphRequest.For(primary, variables), headers, cancellationToken)
            .GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                var (response, failure) = await NextAsync(events).ConfigureAwait(false);
                if (failure is not null)
                {
                    var errors = ConditionEvaluator.IncludedKeys(primary.RootFieldKeys, variables)
                        .Select(key => SubgraphErrors.FetchFailed(failure, [key]))
                        .ToList();
                    yield return new QueryPlanResult(new ResultObject(), errors);
                    yield break;
                }

                if (response is null)
                {
                    yield break;
                }

                yield return await CompleteAsync(plan, response, variables, headers, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await events.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task<(JsonObject? Response, SubgraphRequestException? Failure)> NextAsync(IAsyncEnumerator<JsonObject> events)
    {
        try
        {
            return await events.MoveNextAsync().ConfigureAwait(false) ? (events.Current, null) : (null, null);
        }
        catch (SubgraphRequestException ex)
        {
            return (null, ex);
        }
    }

    private async Task<QueryPlanResult> CompleteAsync(
        QueryPlan plan,
        JsonObject response,
        JsonObject variables,
        ForwardedHeaders headers,
        CancellationToken cancellationToken)
    {
        // The event's own errors come from the primary subgraph's root fetch: their paths are already gateway paths.
        var errors = response["errors"] is JsonArray list
            ? list.OfType<JsonObject>().Select(e => SubgraphErrors.FromSubgraph(e, SubgraphErrors.ReadPath(e))).ToList()
            : [];
        if (response["data"] is not JsonObject eventData)
        {
            return new QueryPlanResult(new ResultObject(), errors);
        }

        // The subscription client's events are node trees: the data moves to the result store the plan's fetches merge into.
        var data = SubgraphJsonReader.FromNode(eventData).Object!;
        if (plan.Node is SubscriptionNode { Primary.Renames: { } renames })
        {
            renames.Apply(new ResultValue(data));
        }

        var result = await executor.ExecuteSubscriptionEventAsync(plan, data, variables, headers, cancellationToken).ConfigureAwait(false);
        result.Errors.InsertRange(0, errors);
        return result;
    }
}
