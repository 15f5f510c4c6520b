using System.Text.Json.Nodes;
using GameLibrary.Federation.Execution;

namespace GameLibrary.Federation.Subscriptions;

/// <summary>
/// What makes two client subscriptions identical: the same document and operation (hence the same upstream
/// subscription document and the same completion), the same coerced variables and the same propagated headers
/// (authorization may change what the subgraphs answer). Not the trace context: it differs per caller and changes no
/// event, so subscribers from different traces share one upstream subscription, opened with the first one's.
/// </summary>
internal readonly record struct SubscriptionShareKey(string PlanKey, string Variables, string Headers)
{
    public static SubscriptionShareKey For(string planKey, JsonObject variables, IReadOnlyDictionary<string, string> headers)
    {
        return new SubscriptionShareKey(planKey, variables.ToJsonString(), WebSocketSubgraphClient.HeaderKey(headers));
    }
}
