namespace GameLibrary.Federation.Composition.Merging;

/// <summary>What <c>@override</c> means for each subgraph's copy of one field.</summary>
internal sealed class OverrideContext
{
    private readonly HashSet<int> usedOverridden = [];
    private readonly HashSet<int> unusedOverridden = [];
    private readonly HashSet<int> unknownTarget = [];
    private readonly Dictionary<int, string> labels = [];

    /// <summary>Overridden, but still needed by a <c>@key</c>, <c>@requires</c> or <c>@provides</c> of its subgraph.</summary>
    public bool IsUsedOverridden(int subgraph) => usedOverridden.Contains(subgraph);

    /// <summary>Overridden and needed by nothing: the subgraph no longer resolves it.</summary>
    public bool IsUnusedOverridden(int subgraph) => unusedOverridden.Contains(subgraph);

    public bool HasUnknownTarget(int subgraph) => unknownTarget.Contains(subgraph);

    public string? Label(int subgraph) => labels.GetValueOrDefault(subgraph);

    public bool AnyUsedOverriddenOrLabel => usedOverridden.Count > 0 || labels.Count > 0;

    public void SetUsedOverridden(int subgraph) => usedOverridden.Add(subgraph);

    public void SetUnusedOverridden(int subgraph) => unusedOverridden.Add(subgraph);

    public void SetUnknownTarget(int subgraph) => unknownTarget.Add(subgraph);

    public void SetLabel(int subgraph, string label) => labels[subgraph] = label;
}
