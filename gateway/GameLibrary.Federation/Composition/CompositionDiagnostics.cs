namespace GameLibrary.Federation.Composition;

/// <summary>Collects the errors and hints of one composition run.</summary>
internal sealed class CompositionDiagnostics
{
    private readonly List<CompositionError> errors = [];
    private readonly List<CompositionHint> hints = [];

    public IReadOnlyList<CompositionError> Errors => errors;

    public IReadOnlyList<CompositionHint> Hints => hints;

    public bool HasErrors => errors.Count > 0;

    public void Error(string code, string message, params IEnumerable<string> subgraphs) =>
        errors.Add(new CompositionError(code, message, subgraphs.Distinct(StringComparer.Ordinal).ToList()));

    /// <summary>An error found inside one subgraph; Apollo prefixes those messages with <c>[subgraph]</c>.</summary>
    public void SubgraphError(string subgraph, string code, string message) =>
        Error(code, $"[{subgraph}] {message}", subgraph);

    public void Hint(string code, string message) => hints.Add(new CompositionHint(code, message));
}
