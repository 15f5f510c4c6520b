using GraphQL.Validation;

using GraphQLParser;

namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>
/// The document has more nodes than <see cref="SubgraphGraphQLOptions.MaxNodes"/>, or its operation more than
/// <see cref="SubgraphGraphQLOptions.MaxExpandedNodes"/> with its fragments expanded.
/// </summary>
internal sealed class DocumentTooLargeError(ROM source, int limit, bool expanded = false)
    : ValidationError(
        source,
        number: null,
        expanded ? $"The operation has more than {limit} nodes once its fragments are expanded." : $"The document has more than {limit} nodes.")
{
}
