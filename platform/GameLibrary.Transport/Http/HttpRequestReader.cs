using System.Buffers;
using System.Text.Json;
using System.Text;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

using GameLibrary.Transport.Execution;
using GameLibrary.Transport.Serialization;

namespace GameLibrary.Transport.Http;

/// <summary>Reads GraphQL-over-HTTP requests from POST bodies and GET query strings.</summary>
internal static class HttpRequestReader
{
    private const int InitialBufferSize = 4096;

    /// <summary>Reads an <c>application/json</c> POST body of at most <paramref name="maxBodySize"/> bytes.</summary>
    public static async ValueTask<(ParsedRequest? Request, TransportError? Error)> ReadPostAsync(
        HttpContext context,
        long maxBodySize,
        CancellationToken cancellationToken)
    {
        HttpRequest request = context.Request;
        if (!IsUtf8Json(request.ContentType))
        {
            return (null, new TransportError(
                StatusCodes.Status415UnsupportedMediaType,
                GraphQLTransportErrorCodes.UnsupportedMediaType,
                "POST requests must have the content type application/json (UTF-8)."));
        }

        if (request.ContentLength > maxBodySize)
        {
            return (null, TooLarge(maxBodySize));
        }

        // The server enforces the same limit, so its own default never undercuts a larger one of ours.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            serverLimit.MaxRequestBodySize = maxBodySize;
        }

        // One byte beyond the limit is enough to tell an oversized chunked body from a fitting one.
        long firstSize = request.ContentLength is { } length ? length + 1 : Math.Min(InitialBufferSize, maxBodySize + 1);
        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)firstSize);
        bool handedOver = false;
        try
        {
            int read = 0;
            while (true)
            {
                if (read == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, maxBodySize + 1));
                    buffer.AsSpan(0, read).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int count = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken);
                if (count == 0)
                {
                    break;
                }

                read += count;
                if (read > maxBodySize)
                {
                    return (null, TooLarge(maxBodySize));
                }
            }

            if (!JsonTextValidator.IsValid(buffer.AsSpan(0, read)))
            {
                return (null, Undecodable("The request body"));
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(buffer.AsMemory(0, read), TransportJson.DocumentOptions);
            }
            catch (JsonException exception)
            {
                return (null, InvalidJson("The request body", exception));
            }

            if (!GraphQLRequestParser.TryParse(document.RootElement, out GraphQLRequest? parsed, out string? error))
            {
                document.Dispose();
                return (null, BadRequest(error));
            }

            handedOver = true;
            return (new ParsedRequest(parsed, buffer, document), null);
        }
        catch (BadHttpRequestException exception)
        {
            return (null, exception.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(maxBodySize)
                : BadRequest("The request body could not be read."));
        }
        finally
        {
            if (!handedOver)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Reads the parameters of a GET request; variables and extensions are JSON-encoded.</summary>
    public static (ParsedRequest? Request, TransportError? Error) ReadGet(IQueryCollection parameters)
    {
        if (!TryGetSingle(parameters, "query", out string? query))
        {
            return (null, BadRequest("The 'query' parameter is required and must be given once."));
        }

        if (!TryGetSingle(parameters, "operationName", out string? operationName))
        {
            return (null, BadRequest("The 'operationName' parameter must be given at most once."));
        }

        List<JsonDocument> documents = [];
        if (!TryReadJsonMap(parameters, "variables", documents, out JsonElement? variables, out TransportError? error)
            || !TryReadJsonMap(parameters, "extensions", documents, out JsonElement? extensions, out error))
        {
            documents.ForEach(static document => document.Dispose());
            return (null, error);
        }

        // A GET naming its document by hash (how CDNs cache persisted queries) needs no 'query'.
        if (query is null && !GraphQLRequestParser.NamesPersistedDocument(extensions))
        {
            documents.ForEach(static document => document.Dispose());
            return (null, BadRequest("The 'query' parameter is required and must be given once."));
        }

        // The spec makes an empty operationName the same as none.
        GraphQLRequest request = new(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions);
        return (new ParsedRequest(request, null, [.. documents]), null);
    }

    private static bool IsUtf8Json(string? contentType)
    {
        return MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? mediaType)
            && mediaType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            && (!mediaType.Charset.HasValue || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
    }

    private static bool TryGetSingle(IQueryCollection parameters, string name, out string? value)
    {
        StringValues values = parameters[name];
        value = values.Count == 1 ? values[0] : null;
        return values.Count <= 1;
    }

    private static bool TryReadJsonMap(
        IQueryCollection parameters,
        string name,
        List<JsonDocument> documents,
        out JsonElement? map,
        out TransportError? error)
    {
        map = null;
        error = null;
        if (!TryGetSingle(parameters, name, out string? text))
        {
            error = BadRequest($"The '{name}' parameter must be given at most once.");
            return false;
        }

        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        if (!JsonTextValidator.IsValid(utf8))
        {
            error = Undecodable($"The '{name}' parameter");
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, TransportJson.DocumentOptions);
        }
        catch (JsonException exception)
        {
            error = InvalidJson($"The '{name}' parameter", exception);
            return false;
        }

        documents.Add(document);
        if (!GraphQLRequestParser.TryReadMap(document.RootElement, out map))
        {
            error = BadRequest($"The '{name}' parameter must be a JSON-encoded object.");
            return false;
        }

        return true;
    }

    private static TransportError TooLarge(long maxBodySize) => new(
        StatusCodes.Status413PayloadTooLarge,
        GraphQLTransportErrorCodes.RequestTooLarge,
        $"The request body exceeds the limit of {maxBodySize} bytes.");

    private static TransportError BadRequest(string message) => new(
        StatusCodes.Status400BadRequest,
        GraphQLTransportErrorCodes.BadRequest,
        message);

    private static TransportError Undecodable(string subject) => new(
        StatusCodes.Status400BadRequest,
        GraphQLTransportErrorCodes.InvalidJson,
        $"{subject} is not valid JSON: it is not UTF-8, or it escapes an unpaired surrogate (such as \\ud800).");

    private static TransportError InvalidJson(string subject, JsonException exception)
    {
        // The reader's position, not its message: stable wording, and useful enough to find the fault.
        string where = exception.LineNumber is { } line && exception.BytePositionInLine is { } position
            ? $" (line {line + 1}, byte {position + 1})"
            : string.Empty;
        return new TransportError(
            StatusCodes.Status400BadRequest,
            GraphQLTransportErrorCodes.InvalidJson,
            $"{subject} is not valid JSON{where}.");
    }
}
