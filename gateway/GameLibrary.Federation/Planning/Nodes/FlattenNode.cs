namespace GameLibrary.Federation.Planning.Nodes;

/// <summary>Runs an entity fetch for the objects found at a response path (<c>@</c> walks list items).</summary>
internal sealed class FlattenNode(IReadOnlyList<string> path, FetchNode node) : PlanNode
{
    /// <summary>The path from the root of the data, with <c>@</c> for list items.</summary>
    public IReadOnlyList<string> Path { get; } = path;

    /// <summary>The entity fetch.</summary>
    public FetchNode Node { get; } = node;
}
