using System.Text.Json.Nodes;

namespace GameLibrary.Federation.Execution;

/// <summary>Turns subgraph errors and failed subgraph requests into gateway errors.</summary>
internal static class SubgraphErrors
{
    // What servers put in errors for debugging (GraphQL.NET's details, Apollo Server's exception and stacktrace,
    // Hot Chocolate's stackTrace): stack traces and file paths that must never reach a client, whatever a subgraph sends.
    private static readonly HashSet<string> InternalExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "details", "exception", "stacktrace", "stack", "innerException",
    };

    /// <summary>A subgraph's GraphQL error at a gateway path (null: none), its message and extensions kept but for internal ones.</summary>
    public static GatewayError FromSubgraph(JsonObject error, IReadOnlyList<object>? path)
    {
        var message = error["message"] is JsonValue m && m.TryGetValue<string>(out var text) ? text : "Subgraph error";
        JsonObject? extensions = null;
        if (error["extensions"] is JsonObject ext)
        {
            extensions = new JsonObject();
            foreach (var (name, value) in ext)
            {
                if (!InternalExtensions.Contains(name))
                {
                    extensions[name] = value?.DeepClone();
                }
            }
        }

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
