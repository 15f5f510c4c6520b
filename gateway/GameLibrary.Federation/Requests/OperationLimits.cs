using System.Collections.Frozen;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// Bounds that keep hostile documents cheap to reject: they are checked before a document is parsed
/// (tokens) or validated (nesting), so a 10 MB or 1,000-deep query costs a lexer pass at most; the shape
/// limits (aliases, root fields, directives) and the cost budget are checked before any subgraph is called.
/// </summary>
internal sealed record OperationLimits
{
    /// <summary>
    /// The defaults: 15,000 tokens (Apollo Router's default), 64 levels of selections and of fragment spreads, 30 aliases,
    /// 20 root fields, 8 directives per selection, introspection allowed, a cost budget of 50,000 with lists of 10,
    /// 1,024 cached documents.
    /// </summary>
    public static OperationLimits Default { get; } = new();

    /// <summary>Most lexical tokens a document may have (a full introspection query has about 300).</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Deepest nesting of field selections, counted through fragment spreads.</summary>
    public int MaxSelectionDepth { get; init; } = 64;

    /// <summary>Longest chain of fragment spreads nested in one another (fragments spreading fragments).</summary>
    public int MaxFragmentNesting { get; init; } = 64;

    /// <summary>Deepest nesting of AST nodes the parser accepts (selections count two levels each, values one).</summary>
    public int MaxParserDepth { get; init; } = 256;

    /// <summary>Most aliases in a document.</summary>
    public int MaxAliases { get; init; } = 30;

    /// <summary>Most root fields one operation selects (through fragments).</summary>
    public int MaxRootFields { get; init; } = 20;

    /// <summary>Most directives on one field, fragment spread or inline fragment.</summary>
    public int MaxDirectivesPerField { get; init; } = 8;

    /// <summary>
    /// Most selections an operation has with its fragments expanded: the token limit's, so that only fragments spread
    /// over and over can reach it (a document without fragments has fewer selections than tokens). Null: unchecked
    /// (tests of what comes after it).
    /// </summary>
    public int? MaxExpandedSelections { get; init; } = 15_000;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be selected.</summary>
    public bool IntrospectionEnabled { get; init; } = true;

    /// <summary>The cost budget; null: demand control is off.</summary>
    public double? MaxCost { get; init; } = 50_000;

    /// <summary>The size of a list nothing else sizes.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>Arguments that size a list field (or its connection's lists) without <c>@listSize</c>.</summary>
    public FrozenSet<string> SlicingArguments { get; init; } = FrozenSet.ToFrozenSet(["first", "last", "limit"], StringComparer.Ordinal);

    /// <summary>How many distinct documents keep their parse and validation results.</summary>
    public int DocumentCacheSize { get; init; } = 1024;

    /// <summary>Longest document text that is cached (longer ones are prepared every time).</summary>
    public int MaxCachedDocumentLength { get; init; } = 64 * 1024;

    /// <summary>The limits the public options describe.</summary>
    public static OperationLimits From(OperationLimitOptions limits, DemandControl.DemandControlOptions demand) => new()
    {
        MaxTokens = limits.MaxTokens,
        MaxSelectionDepth = limits.MaxSelectionDepth,
        MaxAliases = limits.MaxAliases,
        MaxRootFields = limits.MaxRootFields,
        MaxDirectivesPerField = limits.MaxDirectivesPerField,
        MaxExpandedSelections = limits.MaxExpandedSelections,
        IntrospectionEnabled = limits.IntrospectionEnabled,
        MaxCost = demand.Enabled ? demand.MaxCost : null,
        DefaultListSize = demand.DefaultListSize,
        SlicingArguments = demand.SlicingArguments.ToFrozenSet(StringComparer.Ordinal),
    };
}
