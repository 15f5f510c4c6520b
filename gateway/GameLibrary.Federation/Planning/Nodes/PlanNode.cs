namespace GameLibrary.Federation.Planning.Nodes;

/// <summary>A node of a query plan (immutable; plans are cached and shared by requests).</summary>
internal abstract class PlanNode
{
}
