using System.Text.Json.Nodes;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// The response path of an object of the data tree, read from its place in the tree when an error needs it: the
/// tree is keyed by response keys and an object stays where it is while results merge into it, so its chain of
/// parents is its path. Walking the data to the entities of a fetch therefore records no path at all (one object
/// per step, for every entity, used to be the price of the rare error).
/// </summary>
internal static class ResponsePath
{
    /// <summary>The path of <paramref name="node"/> from the root of its tree followed by <paramref name="rest"/>, as an error path.</summary>
    public static object[] Of(JsonNode node, IReadOnlyList<object> rest)
    {
        var length = 0;
        for (var step = node; step.Parent is not null; step = step.Parent)
        {
            length++;
        }

        var path = new object[length + rest.Count];
        var i = length;
        for (var step = node; step.Parent is { } parent; step = parent)
        {
            path[--i] = parent is JsonArray ? step.GetElementIndex() : step.GetPropertyName();
        }

        for (var r = 0; r < rest.Count; r++)
        {
            path[length + r] = rest[r];
        }

        return path;
    }
}
