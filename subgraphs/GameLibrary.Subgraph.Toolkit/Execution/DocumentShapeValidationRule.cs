using GraphQL.Validation;

using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>
/// Refuses, before any other rule looks at it, a document that is no executable request: one holding type-system
/// definitions, one whose operation type the schema does not have, and one with more nodes (fields, fragments,
/// arguments, values, directives) than <see cref="SubgraphGraphQLOptions.MaxNodes"/>, or whose operation has more than
/// <see cref="SubgraphGraphQLOptions.MaxExpandedNodes"/> once its fragments are expanded. Runs as a pre-node rule so a
/// huge document is counted once and refused before the quadratic rules (overlapping fields) walk it, and a document of
/// fragments each spreading the next twice before the rules that expand every spread take seconds on it.
/// </summary>
internal sealed class DocumentShapeValidationRule(int maxNodes, int maxExpandedNodes) : ValidationRuleBase
{
    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        foreach (ASTNode definition in context.Document.Definitions)
        {
            if (definition is not (GraphQLOperationDefinition or GraphQLFragmentDefinition))
            {
                context.ReportError(new ValidationError(
                    context.Document.Source, number: "5.1.1", $"Only operations and fragments may be sent; the document holds a type-system definition ({definition.Kind}).", definition));
                return null;
            }
        }

        if (context.Operation.Operation switch
        {
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => context.Schema.Query,
        } is null)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                number: "5.2.1",
                $"The schema has no {context.Operation.Operation.ToString().ToLowerInvariant()} type.",
                context.Operation));
            return null;
        }

        NodeCount count = new(maxNodes, context.CancellationToken);
        await NodeCounter.Instance.VisitAsync(context.Document, count).ConfigureAwait(false);
        if (count.Value > maxNodes)
        {
            context.ReportError(new DocumentTooLargeError(context, maxNodes));
            return null;
        }

        if (await ExpandedDocumentSize.OfAsync(context.Document, context.Operation, maxExpandedNodes, context.CancellationToken).ConfigureAwait(false) > maxExpandedNodes)
        {
            context.ReportError(new DocumentTooLargeError(context, maxExpandedNodes, expanded: true));
        }

        return null;
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
