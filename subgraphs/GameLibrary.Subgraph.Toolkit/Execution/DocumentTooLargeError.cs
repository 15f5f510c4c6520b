using GraphQL.Validation;

namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>
/// The document has more nodes than <see cref="SubgraphGraphQLOptions.MaxNodes"/>, or its operation more than
/// <see cref="SubgraphGraphQLOptions.MaxExpandedNodes"/> with its fragments expanded.
/// </summary>
internal sealed class DocumentTooLargeError(ValidationContext context, int maxNodes, bool expanded = false)
    : ValidationError(
        context.Document.Source,
        number: null,
        expanded ? $"The operation has more than {maxNodes} nodes once its fragments are expanded." : $"The document has more than {maxNodes} nodes.")
{
}
