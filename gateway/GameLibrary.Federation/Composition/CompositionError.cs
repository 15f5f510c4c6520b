namespace GameLibrary.Federation.Composition;

/// <summary>Why composition failed, in Apollo's terms.</summary>
/// <param name="Code">Apollo's error code, e.g. <c>INVALID_FIELD_SHARING</c> (see <see cref="CompositionErrorCodes"/>).</param>
/// <param name="Message">What is wrong, naming the schema coordinates (<c>"Game.title"</c>) and subgraphs involved.</param>
/// <param name="Subgraphs">The subgraphs the problem is in.</param>
public sealed record CompositionError(string Code, string Message, IReadOnlyList<string> Subgraphs)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}
