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

    /// <summary>
    /// The request named its document by hash only (<c>extensions.persistedQuery</c>) and the server does not have it
    /// or does not take hashes (Apollo's <c>PERSISTED_QUERY_NOT_FOUND</c>, <c>PERSISTED_QUERY_NOT_SUPPORTED</c>): no
    /// <c>data</c> entry. Answered 200 under every media type, marked not to be cached, as Apollo Server does: Apollo
    /// Client retries with the full text on this error, but turns persisted queries off for good on a 400 or 500.
    /// </summary>
    PersistedQueryMiss,
}
