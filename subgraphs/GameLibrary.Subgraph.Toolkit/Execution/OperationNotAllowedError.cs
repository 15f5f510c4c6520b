using GraphQL.Validation;

using GraphQLParser.AST;

namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>The selected operation's type may not run on the request's transport.</summary>
internal sealed class OperationNotAllowedError(ValidationContext context, GraphQLOperationDefinition operation)
    : ValidationError(
        context.Document.Source,
        number: null,
        $"Only query operations are allowed on this transport; the selected operation is a {operation.Operation.ToString().ToLowerInvariant()}.",
        operation)
{
}
