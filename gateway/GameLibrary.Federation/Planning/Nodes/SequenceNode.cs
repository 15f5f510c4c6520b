namespace GameLibrary.Federation.Planning.Nodes;

/// <summary>Runs its nodes one after the other.</summary>
internal sealed class SequenceNode(IReadOnlyList<PlanNode> nodes) : PlanNode
{
    /// <summary>The nodes, in execution order.</summary>
    public IReadOnlyList<PlanNode> Nodes { get; } = nodes;
}
