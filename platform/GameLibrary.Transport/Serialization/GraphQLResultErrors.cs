using System.Buffers;
using System.Text.Json;

using GameLibrary.Transport.Execution;

namespace GameLibrary.Transport.Serialization;

/// <summary>
/// Extracts the <c>errors</c> array of a result, for protocols that carry errors without the
/// surrounding response (the graphql-transport-ws <c>error</c> message).
/// </summary>
internal static class GraphQLResultErrors
{
    /// <summary>Writes the result's <c>errors</c> array, or a generic error when it has none.</summary>
    public static void WriteErrorsArray(IGraphQLResult result, Utf8JsonWriter writer)
    {
        if (result is TransportErrorResult own)
        {
            own.WriteErrorsTo(writer);
            return;
        }

        // IGraphQLResult only writes whole responses; this path runs for failed operations only,
        // so one round trip through a buffer is cheaper than widening the engine contract.
        ArrayBufferWriter<byte> buffer = new();
        using (Utf8JsonWriter bufferWriter = new(buffer, TransportJson.WriterOptions))
        {
            result.WriteTo(bufferWriter);
        }

        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory, TransportJson.DocumentOptions);
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("errors"u8, out JsonElement errors)
            && errors.ValueKind == JsonValueKind.Array
            && errors.GetArrayLength() > 0)
        {
            errors.WriteTo(writer);
            return;
        }

        // graphql-ws clients reject an error message without at least one error.
        new TransportErrorResult(GraphQLTransportErrorCodes.BadRequest, "The operation could not be executed.")
            .WriteErrorsTo(writer);
    }
}
