using GameLibrary.Transport.Execution;

using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>
/// Gives GraphQL.NET's errors the platform's <c>extensions.code</c> values and decides the result's
/// <see cref="GraphQLResultKind"/>, from which the transport derives the HTTP status.
/// </summary>
internal static class ExecutionErrorClassifier
{
    public static GraphQLResultKind Classify(ExecutionResult result)
    {
        bool operationNotAllowed = false;
        if (result.Errors is { } errors)
        {
            foreach (ExecutionError error in errors)
            {
                error.Code = CodeOf(error);
                operationNotAllowed |= error is OperationNotAllowedError;
            }
        }

        if (result.Executed)
        {
            return GraphQLResultKind.Executed;
        }

        return operationNotAllowed ? GraphQLResultKind.OperationNotAllowed : GraphQLResultKind.RequestError;
    }

    private static string? CodeOf(ExecutionError error) => error switch
    {
        OperationNotAllowedError => SubgraphErrorCodes.OperationNotAllowed,
        DocumentTooLargeError => SubgraphErrorCodes.MaxNodesExceeded,

        // The complexity analyzer's delegate already told depth from complexity apart.
        ComplexityError => error.Code,
        InvalidVariableError or InvalidValueError => SubgraphErrorCodes.BadUserInput,
        ValidationError or InvalidOperationError => SubgraphErrorCodes.ValidationFailed,
        SyntaxError => SubgraphErrorCodes.ParseFailed,
        InvalidOperationNameError or NoOperationError or NoOperationNameError => SubgraphErrorCodes.OperationResolutionFailure,
        QueryMissingError => SubgraphErrorCodes.BadRequest,
        UnhandledError => SubgraphErrorCodes.InternalServerError,

        // Errors raised on purpose by resolvers keep the code they were given.
        _ => error.Code,
    };
}
