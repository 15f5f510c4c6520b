namespace GameLibrary.Transport.Execution;

/// <summary>How a result came about; the HTTP transport derives status codes from it.</summary>
public enum GraphQLResultKind
{
    /// <summary>Execution started: the result has a <c>data</c> entry (possibly null) and maybe errors.</summary>
    Executed,

    /// <summary>
    /// A request error (parse, validation, variable coercion, unknown operation): no <c>data</c> entry.
    /// Answered 400 under application/graphql-response+json.
    /// </summary>
    RequestError,

    /// <summary>The operation type is not allowed on this transport (a mutation over GET): 405.</summary>
    OperationNotAllowed,

    /// <summary>The caller is not authenticated and the operation requires it: 401.</summary>
    Unauthenticated,
}
