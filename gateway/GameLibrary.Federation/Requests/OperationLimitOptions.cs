namespace GameLibrary.Federation.Requests;

/// <summary>
/// Limits on the shape of documents, checked before any subgraph is called; a document over one of them is
/// refused as a request error (HTTP 400 under <c>application/graphql-response+json</c>). The defaults suit
/// production; each is documented in docs/gateway.md.
/// </summary>
public sealed class OperationLimitOptions
{
    /// <summary>Most lexical tokens a document may have (default 15,000, Apollo Router's; a full introspection query has about 300).</summary>
    public int MaxTokens { get; set; } = OperationLimits.Default.MaxTokens;

    /// <summary>Deepest nesting of field selections, counted through fragment spreads (default 64).</summary>
    public int MaxSelectionDepth { get; set; } = OperationLimits.Default.MaxSelectionDepth;

    /// <summary>Most aliases a document may use (default 30); alias bombs select one costly field many times.</summary>
    public int MaxAliases { get; set; } = OperationLimits.Default.MaxAliases;

    /// <summary>Most root fields an operation may select, counted through fragments (default 20).</summary>
    public int MaxRootFields { get; set; } = OperationLimits.Default.MaxRootFields;

    /// <summary>Most directives one field, fragment spread or inline fragment may carry (default 8).</summary>
    public int MaxDirectivesPerField { get; set; } = OperationLimits.Default.MaxDirectivesPerField;

    /// <summary>
    /// Most selections (fields, inline fragments, fragment spreads) an operation may have once every fragment spread
    /// is replaced by its fragment (default 15,000, the token limit's: only fragments spread over and over reach it), each
    /// fragment measured once: fragments each spreading the next
    /// twice are refused at once instead of being walked expansion by expansion.
    /// </summary>
    public int MaxExpandedSelections { get; set; } = OperationLimits.Default.MaxExpandedSelections!.Value;

    /// <summary>
    /// Whether operations may select <c>__schema</c> and <c>__type</c> (default true in the engine; the gateway host
    /// switches it off outside Development). <c>__typename</c> is always allowed. IDEs need introspection.
    /// </summary>
    public bool IntrospectionEnabled { get; set; } = true;
}
