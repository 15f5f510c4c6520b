namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>Execution limits of a subgraph, bound from the <c>GraphQL</c> configuration section.</summary>
public sealed class SubgraphGraphQLOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL";

    /// <summary>The deepest selection nesting a document may have. Defaults to 32.</summary>
    public int MaxDepth { get; set; } = 32;

    /// <summary>
    /// The most nodes (fields, fragments, arguments, values, directives) a document may have. Defaults to 2,000: far
    /// above what the platform's clients send, far below what makes validation slow (overlapping-field checks are
    /// quadratic).
    /// </summary>
    public int MaxNodes { get; set; } = 2_000;

    /// <summary>
    /// The most nodes the operation may have once every fragment spread is replaced by its fragment (counted with each
    /// fragment's size worked out once, before validation). Defaults to 10,000: five times <see cref="MaxNodes"/>, room
    /// for fragments reused across a screen, while a document of 30 fragments each spreading the next twice (2^30
    /// expansions, seconds in GraphQL.NET's validation) is refused at once with MAX_NODES_EXCEEDED.
    /// </summary>
    public int MaxExpandedNodes { get; set; } = 10_000;

    /// <summary>
    /// The highest estimated complexity a document may have (GraphQL.NET's analyzer: one per field, lists
    /// multiplying their children). Defaults to 50,000.
    /// </summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>
    /// How many undelivered events a subscription may buffer before it is ended with
    /// <see cref="SubgraphErrorCodes.SubscriptionOverflow"/>. Defaults to 256.
    /// </summary>
    public int SubscriptionBufferSize { get; set; } = 256;

    /// <summary>
    /// Whether a failing resolver's exception (its stack trace, file paths, messages) is sent to clients in the error's
    /// <c>extensions.details</c>. Off by default, in every environment: a debugging aid to switch on explicitly
    /// (<c>GraphQL:ExposeExceptionDetails=true</c>), never something a machine on a shared network should serve.
    /// </summary>
    public bool ExposeExceptionDetails { get; set; }
}
