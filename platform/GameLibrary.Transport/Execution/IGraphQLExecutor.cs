namespace GameLibrary.Transport.Execution;

/// <summary>
/// The one seam between the transport and a GraphQL engine (the gateway's engine, GraphQL.NET, …).
/// The engine parses, validates and executes; the transport owns the wire protocols.
/// </summary>
public interface IGraphQLExecutor
{
    /// <summary>
    /// Executes a request. Request errors (parse, validation, coercion, a mutation when
    /// <see cref="GraphQLRequestContext.QueryOnly"/> is set) are returned as results of the
    /// matching <see cref="GraphQLResultKind"/>, not thrown.
    /// </summary>
    ValueTask<GraphQLExecution> ExecuteAsync(
        GraphQLRequest request,
        GraphQLRequestContext context,
        CancellationToken cancellationToken);
}
