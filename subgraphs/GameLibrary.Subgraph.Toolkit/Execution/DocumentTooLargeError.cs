using GraphQL.Validation;

namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>The document has more nodes than <see cref="SubgraphGraphQLOptions.MaxNodes"/>.</summary>
internal sealed class DocumentTooLargeError(ValidationContext context, int maxNodes)
    : ValidationError(context.Document.Source, number: null, $"The document has more than {maxNodes} nodes.")
{
}
