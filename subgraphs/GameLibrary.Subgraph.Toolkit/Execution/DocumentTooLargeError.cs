using GraphQL.Validation;

using GraphQLParser;

namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>The document has more nodes than <see cref="SubgraphGraphQLOptions.MaxNodes"/>.</summary>
internal sealed class DocumentTooLargeError(ROM source, int maxNodes)
    : ValidationError(source, number: null, $"The document has more than {maxNodes} nodes.")
{
}
