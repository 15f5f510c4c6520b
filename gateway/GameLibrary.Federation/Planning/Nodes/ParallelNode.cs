namespace GameLibrary.Federation.Planning.Nodes;

/// <summary>Runs its nodes concurrently.</summary>
internal sealed class ParallelNode(IReadOnlyList<PlanNode> nodes) : PlanNode
{
    /// <summary>The nodes.</summary>
    public IReadOnlyList<PlanNode> Nodes { get; } = nodes;
}
