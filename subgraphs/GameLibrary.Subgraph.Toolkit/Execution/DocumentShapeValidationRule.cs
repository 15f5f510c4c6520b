using GraphQL.Validation;

using GraphQLParser.AST;

namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>
/// Refuses a document that is no executable request: one holding type-system definitions, and one whose operation
/// type the schema does not have. (Documents past <see cref="SubgraphGraphQLOptions.MaxNodes"/> never get here:
/// <see cref="NodeLimitedDocumentValidator"/> refuses them before any rule runs.)
/// </summary>
internal sealed class DocumentShapeValidationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        foreach (ASTNode definition in context.Document.Definitions)
        {
            if (definition is not (GraphQLOperationDefinition or GraphQLFragmentDefinition))
            {
                context.ReportError(new ValidationError(
                    context.Document.Source, number: "5.1.1", $"Only operations and fragments may be sent; the document holds a type-system definition ({definition.Kind}).", definition));
                return default;
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
        }

        return default;
    }
}
