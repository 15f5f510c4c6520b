namespace GameLibrary.Federation.Planning.Nodes;

/// <summary>A subscription: the primary fetch opens the event stream; <see cref="Rest"/> completes each event.</summary>
internal sealed class SubscriptionNode(FetchNode primary, PlanNode? rest) : PlanNode
{
    /// <summary>The subscription operation sent to the subgraph that owns the root field.</summary>
    public FetchNode Primary { get; } = primary;

    /// <summary>The fetches that complete each event with fields of other subgraphs, if any.</summary>
    public PlanNode? Rest { get; } = rest;
}
