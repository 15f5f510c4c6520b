namespace GameLibrary.Federation;

/// <summary>How a gateway result came about (hosts derive HTTP status codes from it).</summary>
public enum GatewayResultKind
{
    /// <summary>Execution started: the result has a <c>data</c> entry and maybe errors.</summary>
    Executed,

    /// <summary>Parse, validation, operation-resolution or variable-coercion error: no <c>data</c> entry.</summary>
    RequestError,

    /// <summary>The operation type is not allowed for this request (a mutation when <see cref="GatewayRequest.QueryOnly"/>).</summary>
    OperationNotAllowed,

    /// <summary>
    /// A hash-only request names a document the gateway does not have, or it takes no hashes (APQ's
    /// <c>PERSISTED_QUERY_NOT_FOUND</c>, <c>PERSISTED_QUERY_NOT_SUPPORTED</c>): no <c>data</c> entry. Hosts answer it 200,
    /// not cached, as Apollo Server does, because Apollo Client gives up persisted queries on a 400.
    /// </summary>
    PersistedQueryMiss,
}
