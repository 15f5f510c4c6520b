using System.Text;
using System.Text.Json.Nodes;

namespace GameLibrary.Federation.Subscriptions;

/// <summary>
/// What makes two client subscriptions identical: the same document and operation (hence the same upstream
/// subscription document and the same completion), the same coerced variables and the same forwarded headers
/// (authorization may change what the subgraphs answer).
/// </summary>
internal readonly record struct SubscriptionShareKey(string PlanKey, string Variables, string Headers)
{
    public static SubscriptionShareKey For(string planKey, JsonObject variables, IReadOnlyDictionary<string, string> headers)
    {
        // Header names are case-insensitive and their order carries no meaning; values are compared exactly.
        var text = new StringBuilder();
        foreach (var (name, value) in headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            text.Append(name.ToLowerInvariant()).Append('\n').Append(value).Append('\n');
        }

        return new SubscriptionShareKey(planKey, variables.ToJsonString(), text.ToString());
    }
}
