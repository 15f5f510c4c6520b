namespace GameLibrary.Federation.Planning.Nodes;

/// <summary>
/// Entity fetches to one subgraph that the plan runs at the same step, sent as one request (ADR 0016). Each
/// entry is one <c>_entities</c> field of <see cref="Operation"/>: fetches with the same selection share an
/// entry and its de-duplicated representations; different selections get an entry each, under internal aliases.
/// </summary>
internal sealed class BatchNode(
    string serviceName,
    string operation,
    string? operationName,
    IReadOnlyList<string> variableUsages,
    IReadOnlyList<BatchEntry> entries) : PlanNode
{
    /// <summary>The subgraph name.</summary>
    public string ServiceName { get; } = serviceName;

    /// <summary>The operation sent when more than one entry has representations.</summary>
    public string Operation { get; } = operation;

    /// <summary>The operation name sent, if the client's operation had one.</summary>
    public string? OperationName { get; } = operationName;

    /// <summary>The client variables the operation declares and forwards (those of every entry).</summary>
    public IReadOnlyList<string> VariableUsages { get; } = variableUsages;

    /// <summary>The entries, one per <c>_entities</c> field.</summary>
    public IReadOnlyList<BatchEntry> Entries { get; } = entries;
}
