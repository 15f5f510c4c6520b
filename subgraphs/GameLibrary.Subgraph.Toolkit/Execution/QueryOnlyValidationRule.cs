using GraphQL.Validation;

using GraphQLParser.AST;

namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>
/// Rejects a selected operation that is not a query, for transports that must not change state (HTTP GET).
/// Runs as validation so nothing executes before the rejection.
/// </summary>
internal sealed class QueryOnlyValidationRule : ValidationRuleBase
{
    public static QueryOnlyValidationRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new OperationNotAllowedError(context, context.Operation));
        }

        return default;
    }
}
