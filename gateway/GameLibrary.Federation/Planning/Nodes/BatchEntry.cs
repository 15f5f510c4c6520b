namespace GameLibrary.Federation.Planning.Nodes;

/// <summary>
/// One <c>_entities</c> field of a <see cref="BatchNode"/>: the representations of the objects at
/// <see cref="Paths"/>, fetched with the selection of <see cref="Fetch"/>.
/// </summary>
/// <param name="responseKey">The field's response key in the batched operation (<c>_entities</c>, or an internal alias).</param>
/// <param name="representationsVariable">The variable of the batched operation that carries its representations.</param>
/// <param name="paths">The flatten paths whose objects it fetches (several when their fetches had the same selection).</param>
/// <param name="fetch">The entity fetch; its own operation is sent when this entry alone has representations.</param>
internal sealed class BatchEntry(string responseKey, string representationsVariable, IReadOnlyList<IReadOnlyList<string>> paths, FetchNode fetch)
{
    /// <summary>The <c>_entities</c> field's response key in the batched operation's answer.</summary>
    public string ResponseKey { get; } = responseKey;

    /// <summary>The variable of the batched operation that carries this entry's representations.</summary>
    public string RepresentationsVariable { get; } = representationsVariable;

    /// <summary>The flatten paths (from the root of the data, <c>@</c> for list items) whose objects it fetches.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Paths { get; } = paths;

    /// <summary>The entity fetch: selection, inputs, renames, error positions, and its operation sent alone.</summary>
    public FetchNode Fetch { get; } = fetch;
}
