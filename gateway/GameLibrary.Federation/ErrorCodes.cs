namespace GameLibrary.Federation;

/// <summary>The <c>extensions.code</c> values the gateway raises (Apollo's names, so clients see familiar codes).</summary>
public static class ErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document does not validate against the API schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>Variables could not be coerced, or the operation to run could not be chosen.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The operation name does not match an operation of the document, or it is ambiguous.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>The operation type is not allowed on this transport (a mutation over HTTP GET).</summary>
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";

    /// <summary>A subgraph could not be reached or answered with a non-GraphQL response.</summary>
    public const string SubrequestHttpError = "SUBREQUEST_HTTP_ERROR";

    /// <summary>A subgraph did not answer within its timeout.</summary>
    public const string SubrequestTimeout = "SUBREQUEST_TIMEOUT";

    /// <summary>The operation is valid but cannot be planned against the supergraph (a composition or planner limit).</summary>
    public const string QueryPlanningFailed = "QUERY_PLANNING_FAILED";

    /// <summary>A subscriber fell further behind a non-coalescible subscription than its queue allows and was ended.</summary>
    public const string SubscriptionOverflow = "SUBSCRIPTION_OVERFLOW";

    /// <summary>The operation's estimated cost (demand control) is over the budget; <c>extensions</c> carries <c>cost.estimated</c> and <c>cost.max</c>.</summary>
    public const string CostEstimatedTooExpensive = "COST_ESTIMATED_TOO_EXPENSIVE";

    /// <summary>The document uses more aliases than allowed.</summary>
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";

    /// <summary>An operation selects more root fields than allowed.</summary>
    public const string MaxRootFieldsExceeded = "MAX_ROOT_FIELDS_EXCEEDED";

    /// <summary>A field (or fragment) carries more directives than allowed.</summary>
    public const string MaxDirectivesExceeded = "MAX_DIRECTIVES_EXCEEDED";

    /// <summary>An operation has more selections, its fragments expanded, than allowed (the subgraphs' code for their node limits).</summary>
    public const string MaxNodesExceeded = "MAX_NODES_EXCEEDED";

    /// <summary>The operation selects <c>__schema</c> or <c>__type</c> while introspection is switched off.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>Only persisted documents may run and this document's SHA-256 is not in the list (Apollo's code).</summary>
    public const string PersistedQueryNotInList = "PERSISTED_QUERY_NOT_IN_LIST";

    /// <summary>A hash-only request (APQ) names a document the gateway has not registered; the client retries with the text (Apollo's code).</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>A hash-only request reached a gateway whose automatic persisted queries are off (Apollo's code).</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>The request's <c>sha256Hash</c> is not the hash of its query text (Apollo Router's code).</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>The request's parameters are malformed, e.g. its <c>extensions.persistedQuery</c> (the transport's code for the same).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>A gateway failure that is not the client's fault.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
