namespace GameLibrary.Federation.Composition;

/// <summary>Something composition accepted but that is probably not intended (an <c>@override</c> from an unknown subgraph, ...).</summary>
/// <param name="Code">Apollo's hint code, e.g. <c>FROM_SUBGRAPH_DOES_NOT_EXIST</c>.</param>
/// <param name="Message">What was noticed.</param>
public sealed record CompositionHint(string Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}
