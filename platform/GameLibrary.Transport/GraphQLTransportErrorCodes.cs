namespace GameLibrary.Transport;

/// <summary>The <c>extensions.code</c> values of the errors the transport itself produces.</summary>
public static class GraphQLTransportErrorCodes
{
    /// <summary>The request body, or a JSON-encoded GET parameter, is not valid JSON.</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>A POST body that is not <c>application/json</c> (UTF-8).</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The <c>Accept</c> header names no media type the endpoint can produce.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>The request body exceeds <see cref="GraphQLTransportOptions.MaxRequestBodySize"/>.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The request is not a well-formed GraphQL-over-HTTP request (wrong parameter types, missing query).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The HTTP method is not supported by the endpoint.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>A subscription was sent over plain HTTP; it needs graphql-transport-ws or SSE.</summary>
    public const string SubscriptionTransportRequired = "SUBSCRIPTION_TRANSPORT_REQUIRED";

    /// <summary>The server failed unexpectedly.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The server is shutting down and accepts no new operations.</summary>
    public const string ShuttingDown = "SHUTTING_DOWN";
}
