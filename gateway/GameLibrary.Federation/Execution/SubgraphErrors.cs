using System.Text.Json.Nodes;

namespace GameLibrary.Federation.Execution;

/// <summary>Turns subgraph errors and failed subgraph requests into gateway errors.</summary>
internal static class SubgraphErrors
{
    /// <summary>A subgraph's GraphQL error at a gateway path (null: none), its message and extensions kept.</summary>
    public static GatewayError FromSubgraph(JsonObject error, IReadOnlyList<object>? path)
    {
        var message = error["message"] is JsonValue m && m.TryGetValue<string>(out var text) ? text : "Subgraph error";
        var extensions = error["extensions"] is JsonObject ext ? (JsonObject)ext.DeepClone() : null;
        return new GatewayError(message, path, extensions);
    }

    /// <summary>The error of a field a failed subgraph request should have filled.</summary>
    public static GatewayError FetchFailed(SubgraphRequestException ex, IReadOnlyList<object> path) =>
        new(ex.Message, path, new JsonObject { ["code"] = ex.Code, ["service"] = ex.Subgraph });

    /// <summary>The <c>path</c> of a subgraph error (keys and indexes), or null when absent or malformed.</summary>
    public static List<object>? ReadPath(JsonObject error)
    {
        if (error["path"] is not JsonArray path)
        {
            return null;
        }

        var result = new List<object>(path.Count);
        foreach (var segment in path)
        {
            if (segment is not JsonValue value)
            {
                return null;
            }

            if (value.TryGetValue<string>(out var key))
            {
                result.Add(key);
            }
            else if (value.TryGetValue<int>(out var index))
            {
                result.Add(index);
            }
            else
            {
                return null;
            }
        }

        return result;
    }
}
