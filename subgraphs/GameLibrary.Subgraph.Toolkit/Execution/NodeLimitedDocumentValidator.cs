using GraphQL.Validation;

using GraphQLParser.AST;
using GraphQLParser.Visitors;

using Microsoft.Extensions.Options;

namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>
/// Refuses a document with more nodes (fields, fragments, arguments, values, directives, names) than
/// <see cref="SubgraphGraphQLOptions.MaxNodes"/>, or whose operation has more than
/// <see cref="SubgraphGraphQLOptions.MaxExpandedNodes"/> once its fragments are expanded, before any validation rule
/// runs, and validates the others as GraphQL.NET does. A rule could not do this: GraphQL.NET runs every rule even
/// after one has failed, so a document past the limit still went through the quadratic rules (overlapping fields:
/// ~0.8 s for 2,500 fields), the rules that walk every spread of doubling fragments, and collected an error per
/// repeated directive or argument (~180 KB of errors for a thousand <c>@skip</c>s).
/// </summary>
internal sealed class NodeLimitedDocumentValidator(IOptions<SubgraphGraphQLOptions> options) : IDocumentValidator
{
    private readonly DocumentValidator _inner = new();
    private readonly int _maxNodes = options.Value.MaxNodes;
    private readonly int _maxExpandedNodes = options.Value.MaxExpandedNodes;

    /// <inheritdoc />
    public Task<IValidationResult> ValidateAsync(in ValidationOptions options) => CountThenValidateAsync(options);

    private async Task<IValidationResult> CountThenValidateAsync(ValidationOptions options)
    {
        NodeCount count = new(_maxNodes, options.CancellationToken);
        await NodeCounter.Instance.VisitAsync(options.Document, count).ConfigureAwait(false);
        if (count.Value > _maxNodes)
        {
            return new ValidationResult(new DocumentTooLargeError(options.Document.Source, _maxNodes));
        }

        long expanded = await ExpandedDocumentSize.OfAsync(options.Document, options.Operation, _maxExpandedNodes, options.CancellationToken).ConfigureAwait(false);
        return expanded > _maxExpandedNodes
            ? new ValidationResult(new DocumentTooLargeError(options.Document.Source, _maxExpandedNodes, expanded: true))
            : await _inner.ValidateAsync(options).ConfigureAwait(false);
    }

    /// <summary>The nodes counted so far; counting stops once past the limit.</summary>
    private sealed class NodeCount(int limit, CancellationToken cancellationToken) : IASTVisitorContext
    {
        public int Limit { get; } = limit;

        public int Value { get; set; }

        public CancellationToken CancellationToken { get; } = cancellationToken;
    }

    /// <summary>Counts every node of a document.</summary>
    private sealed class NodeCounter : ASTVisitor<NodeCount>
    {
        public static NodeCounter Instance { get; } = new();

        public override ValueTask VisitAsync(ASTNode? node, NodeCount context)
        {
            if (node is null || context.Value > context.Limit)
            {
                return default;
            }

            context.Value++;
            return base.VisitAsync(node, context);
        }
    }
}
