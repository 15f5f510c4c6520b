namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>The <c>extensions.code</c> values a subgraph puts on its errors, shared with clients and the gateway.</summary>
public static class SubgraphErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document does not validate against the schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The variables (or another user-supplied value) could not be coerced.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The operation to run could not be determined (unknown or missing operation name).</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>The request carries no document.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The request names a persisted document by hash alone; subgraphs keep none (Apollo's code).</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>The operation type is not allowed on the transport (a mutation over HTTP GET).</summary>
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";

    /// <summary>The document nests selections more deeply than allowed.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The document has more nodes (fields, fragments, arguments, values, directives) than allowed.</summary>
    public const string MaxNodesExceeded = "MAX_NODES_EXCEEDED";

    /// <summary>The document's estimated complexity is above the allowed maximum.</summary>
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";

    /// <summary>The field requires a signed-in caller and the caller is anonymous.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller is signed in but lacks a role the field requires.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>A subscription's client fell too far behind its events, so the subscription was ended.</summary>
    public const string SubscriptionOverflow = "SUBSCRIPTION_OVERFLOW";

    /// <summary>A store the field needs (the subgraph's database) cannot be reached now; the same request may succeed later.</summary>
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";

    /// <summary>An unexpected server-side failure.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
