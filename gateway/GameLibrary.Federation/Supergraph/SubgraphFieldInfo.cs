namespace GameLibrary.Federation.Supergraph;

/// <summary>What one subgraph knows about one field (from its <c>@join__field</c>, or implied when there is none).</summary>
internal sealed class SubgraphFieldInfo
{
    internal SubgraphFieldInfo(string subgraph)
    {
        Subgraph = subgraph;
    }

    /// <summary>The subgraph.</summary>
    public string Subgraph { get; }

    /// <summary>The subgraph declares the field <c>@external</c>: it knows it but does not resolve it (except where provided).</summary>
    public bool IsExternal { get; internal set; }

    /// <summary>
    /// Another subgraph overrides the field (<c>usedOverridden</c>, or the source side of a labelled progressive
    /// override, which this gateway treats as fully applied): the subgraph no longer resolves it.
    /// </summary>
    public bool IsOverridden { get; internal set; }

    /// <summary>The fields the subgraph needs in the representation to resolve this one (<c>@requires</c>).</summary>
    public FieldSet? Requires { get; internal set; }

    /// <summary>The fields of the returned object the subgraph resolves although they are external there (<c>@provides</c>).</summary>
    public FieldSet? Provides { get; internal set; }

    /// <summary>The field's type in this subgraph when it differs from the supergraph's (<c>type</c> argument).</summary>
    public string? Type { get; internal set; }

    /// <summary>The subgraph this field was taken over from (<c>override</c> argument).</summary>
    public string? OverrideFrom { get; internal set; }

    /// <summary>The progressive-override label (<c>overrideLabel</c> argument).</summary>
    public string? OverrideLabel { get; internal set; }

    /// <summary>The subgraph resolves the field itself (not external, not overridden).</summary>
    public bool IsResolvable => !IsExternal && !IsOverridden;
}
