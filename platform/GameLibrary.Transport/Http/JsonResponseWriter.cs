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
    // Most answers fit; a larger one grows the buffer by doubling.
    private const int InitialBufferSize = 16 * 1024;

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
    /// Writes the result into a pooled buffer, then sends it with its <c>Content-Length</c> in one write: no chunked
    /// framing, and Kestrel copies the body into its output once instead of holding pieces written before the
    /// headers. A result that fails while being written has sent nothing yet; the connection is still aborted, as a
    /// failure half-way through a large answer always was.
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

        using PooledBufferWriter body = new(InitialBufferSize);
        try
        {
            using Utf8JsonWriter writer = new(body, TransportJson.WriterOptions);
            result.WriteTo(writer);
        }
        catch (Exception exception)
        {
            TransportLog.ResultWriteFailed(logger, exception);
            context.Abort();
            return;
        }

        response.ContentLength = body.WrittenMemory.Length;
        await response.BodyWriter.WriteAsync(body.WrittenMemory, cancellationToken);
    }
}
