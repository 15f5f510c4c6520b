using System.Text.Json.Nodes;

namespace GameLibrary.Federation.Execution;

/// <summary>A subgraph's GraphQL response: its data in the result store, its errors (rare, read by name) as nodes.</summary>
/// <param name="Data">The <c>data</c> object; null when it is null or missing.</param>
/// <param name="Errors">The <c>errors</c> list; null when there is none.</param>
internal sealed record SubgraphResponse(ResultObject? Data, JsonArray? Errors)
{
    /// <summary>The GraphQL response a parsed body holds (an object with <c>data</c> or <c>errors</c>), or null.</summary>
    public static SubgraphResponse? From(ResultValue body)
    {
        if (body.Object is not { } response || !(response.ContainsKey("data") || response.ContainsKey("errors")))
        {
            return null;
        }

        var errors = response["errors"];
        return new SubgraphResponse(response["data"].Object, errors.List is null ? null : (JsonArray)errors.ToJsonNode()!);
    }

    /// <summary>A copy for another reader: new objects and lists (the merge writes into them), the same leaves.</summary>
    public SubgraphResponse Copy() => new(Data?.DeepClone(), (JsonArray?)Errors?.DeepClone());
}
