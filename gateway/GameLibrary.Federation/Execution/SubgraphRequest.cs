using System.Text.Json.Nodes;
using GameLibrary.Federation.Planning.Nodes;

namespace GameLibrary.Federation.Execution;

/// <summary>A GraphQL request to a subgraph.</summary>
/// <param name="Query">The operation text.</param>
/// <param name="OperationName">The operation name, if any.</param>
/// <param name="Variables">The variables (only those the operation declares).</param>
internal sealed record SubgraphRequest(string Query, string? OperationName, JsonObject Variables)
{
    /// <summary>The request of a fetch: its operation and the client variables it uses (copies).</summary>
    public static SubgraphRequest For(FetchNode fetch, JsonObject variables) =>
        For(fetch.Operation, fetch.OperationName, fetch.VariableUsages, variables);

    /// <summary>A request of <paramref name="operation"/> with the client variables it uses (copies).</summary>
    public static SubgraphRequest For(string operation, string? operationName, IReadOnlyList<string> usages, JsonObject variables)
    {
        var used = new JsonObject();
        foreach (var name in usages)
        {
            if (variables.TryGetPropertyValue(name, out var value))
            {
                used[name] = value?.DeepClone();
            }
        }

        return new SubgraphRequest(operation, operationName, used);
    }
}
