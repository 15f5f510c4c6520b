namespace GameLibrary.Federation.Planning.Nodes;

/// <summary>
/// One part of the selection an entity fetch reads from the data to build representations: fields read by
/// response key (the planner may have aliased them) and written under their field names.
/// </summary>
internal abstract class InputNode
{
}

/// <summary>A field of a representation: read from <see cref="ResponseKey"/>, written as <see cref="Name"/>.</summary>
internal sealed class InputField(string responseKey, string name, IReadOnlyList<InputNode>? selections) : InputNode
{
    /// <summary>The key the value has in the data.</summary>
    public string ResponseKey { get; } = responseKey;

    /// <summary>The field name the subgraph expects in the representation.</summary>
    public string Name { get; } = name;

    /// <summary>The sub-selection of an object value, or null for a leaf.</summary>
    public IReadOnlyList<InputNode>? Selections { get; } = selections;
}

/// <summary>Selections that apply when the object's <c>__typename</c> is one of <see cref="MatchingTypes"/>.</summary>
internal sealed class InputFragment(
    string typeCondition,
    IReadOnlySet<string> matchingTypes,
    IReadOnlyList<InputNode> selections,
    string? typenameRewrite,
    string? selectionType) : InputNode
{
    /// <summary>The type condition as printed.</summary>
    public string TypeCondition { get; } = typeCondition;

    /// <summary>The <c>__typename</c> values the fragment applies to.</summary>
    public IReadOnlySet<string> MatchingTypes { get; } = matchingTypes;

    /// <summary>The selections.</summary>
    public IReadOnlyList<InputNode> Selections { get; } = selections;

    /// <summary>
    /// For the top-level fragment of an entity fetch into an <c>@interfaceObject</c>: the interface name the
    /// representation's <c>__typename</c> must carry instead of the concrete type.
    /// </summary>
    public string? TypenameRewrite { get; } = typenameRewrite;

    /// <summary>For a top-level fragment: the type condition of the fetched selection for these entities (keys <see cref="FetchNode.EntityFieldKeys"/>).</summary>
    public string? SelectionType { get; } = selectionType;
}
