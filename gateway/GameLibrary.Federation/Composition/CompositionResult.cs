namespace GameLibrary.Federation.Composition;

/// <summary>The outcome of <see cref="SupergraphComposer.Compose"/>: a supergraph, or the errors that prevent one.</summary>
public sealed class CompositionResult
{
    internal CompositionResult(string? supergraph, IReadOnlyList<CompositionError> errors, IReadOnlyList<CompositionHint> hints)
    {
        Supergraph = supergraph;
        Errors = errors;
        Hints = hints;
    }

    /// <summary>The supergraph SDL in Apollo's join-spec format; null when <see cref="Errors"/> is not empty.</summary>
    public string? Supergraph { get; }

    /// <summary>Why composition failed; empty when it succeeded.</summary>
    public IReadOnlyList<CompositionError> Errors { get; }

    /// <summary>Non-fatal findings; present whether or not composition succeeded.</summary>
    public IReadOnlyList<CompositionHint> Hints { get; }

    /// <summary>True when a supergraph was produced.</summary>
    public bool Succeeded => Supergraph is not null;
}
