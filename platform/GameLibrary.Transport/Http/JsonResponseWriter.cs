using System.Text.Json;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

using GameLibrary.Transport.Execution;
using GameLibrary.Transport.Logging;
using GameLibrary.Transport.Serialization;

namespace GameLibrary.Transport.Http;

/// <summary>Writes one GraphQL response as the body of an HTTP response.</summary>
internal static class JsonResponseWriter
{
    /// <summary>
    /// The status code of a result (GraphQL over HTTP, "Status Codes"): under application/json every
    /// well-formed request is answered 200, except a mutation over GET, which is always 405.
    /// </summary>
    public static int StatusCodeFor(GraphQLResultKind kind, ResponseFormat format) => kind switch
    {
        GraphQLResultKind.OperationNotAllowed => StatusCodes.Status405MethodNotAllowed,
        _ when format == ResponseFormat.Json => StatusCodes.Status200OK,
        GraphQLResultKind.RequestError => StatusCodes.Status400BadRequest,
        GraphQLResultKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        _ => StatusCodes.Status200OK,
    };

    /// <summary>
    /// Writes the result straight into the response pipe. A result that fails half-way cannot be
    /// taken back once bytes may have left, so the connection is aborted rather than sending a
    /// truncated body under a success status.
    /// </summary>
    public static async Task WriteAsync(
        HttpContext context,
        IGraphQLResult result,
        int statusCode,
        ResponseFormat format,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        HttpResponse response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = MediaTypes.ContentTypeOf(format);

        try
        {
            using Utf8JsonWriter writer = new(response.BodyWriter, TransportJson.WriterOptions);
            result.WriteTo(writer);
        }
        catch (Exception exception)
        {
            TransportLog.ResultWriteFailed(logger, exception);
            context.Abort();
            return;
        }

        await response.BodyWriter.FlushAsync(cancellationToken);
    }
}
