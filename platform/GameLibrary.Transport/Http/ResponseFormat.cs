namespace GameLibrary.Transport.Http;

/// <summary>The response media type chosen from the request's <c>Accept</c> header.</summary>
internal enum ResponseFormat
{
    /// <summary><c>application/graphql-response+json</c>: status codes follow the result.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>, for legacy clients: well-formed requests are answered 200.</summary>
    Json,

    /// <summary><c>text/event-stream</c>: GraphQL over SSE, distinct-connections mode.</summary>
    EventStream,
}
