namespace GameLibrary.Federation.Requests;

/// <summary>
/// Bounds that keep hostile documents cheap to reject: they are checked before a document is parsed
/// (tokens) or validated (nesting), so a 10 MB or 1,000-deep query costs a lexer pass at most.
/// </summary>
internal sealed record OperationLimits
{
    /// <summary>The defaults: 15,000 tokens (Apollo Router's default), 64 levels of selections and of fragment spreads, 1,024 cached documents.</summary>
    public static OperationLimits Default { get; } = new();

    /// <summary>Most lexical tokens a document may have (a full introspection query has about 300).</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Deepest nesting of field selections, counted through fragment spreads.</summary>
    public int MaxSelectionDepth { get; init; } = 64;

    /// <summary>Longest chain of fragment spreads nested in one another (fragments spreading fragments).</summary>
    public int MaxFragmentNesting { get; init; } = 64;

    /// <summary>Deepest nesting of AST nodes the parser accepts (selections count two levels each, values one).</summary>
    public int MaxParserDepth { get; init; } = 256;

    /// <summary>How many distinct documents keep their parse and validation results.</summary>
    public int DocumentCacheSize { get; init; } = 1024;

    /// <summary>Longest document text that is cached (longer ones are prepared every time).</summary>
    public int MaxCachedDocumentLength { get; init; } = 64 * 1024;
}
