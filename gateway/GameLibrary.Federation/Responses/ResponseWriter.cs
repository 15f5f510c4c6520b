using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Api;
using GameLibrary.Federation.Execution;
using GameLibrary.Federation.Requests;

namespace GameLibrary.Federation.Responses;

/// <summary>
/// Writes the final GraphQL response — <c>{"errors"?, "data", "extensions"?}</c>, errors first — straight
/// to a <see cref="Utf8JsonWriter"/>: the completion pass of a single GraphQL server run over the merged
/// data of the subgraphs (see <see cref="ResponseCompletion"/>).
/// </summary>
/// <remarks>
/// Data contract (the result store, ADR 0017): keyed by the client's response keys (other keys are ignored); objects at abstract
/// positions carry <c>__typename</c> naming the concrete type; a missing key and JSON null both mean null;
/// root <c>__schema</c>/<c>__type</c> keys hold complete introspection values, copied verbatim.
/// </remarks>
internal static class ResponseWriter
{
    private static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText Extensions = JsonEncodedText.Encode("extensions");

    /// <summary>Writes the response of an executed operation.</summary>
    /// <param name="writer">Where the response object is written.</param>
    /// <param name="schema">The API schema.</param>
    /// <param name="operation">The prepared operation (document, operation, coerced variables).</param>
    /// <param name="data">The merged data; null when execution produced no data at all.</param>
    /// <param name="errors">Errors so far (subgraph and fetch errors, with paths), written first.</param>
    /// <param name="extensions">The response's <c>extensions</c>, if any.</param>
    public static void Write(Utf8JsonWriter writer, ApiSchema schema, PreparedOperation operation, ResultObject? data, IReadOnlyList<GatewayError> errors, JsonNode? extensions)
    {
        var completion = new ResponseCompletion(schema, operation, errors);
        var scratch = data is null ? null : DataScratch.For(writer);
        try
        {
            var hasData = data is not null && completion.Check(data, scratch?.Writer);

            writer.WriteStartObject();
            if (errors.Count > 0 || completion.AddedErrors.Count > 0)
            {
                ErrorJson.WriteErrors(writer, errors, completion.AddedErrors);
            }

            writer.WritePropertyName(Data);
            if (!hasData)
            {
                writer.WriteNullValue();
            }
            else if (completion.DataWritten)
            {
                writer.WriteRawValue(scratch!.Written, skipInputValidation: true);
            }
            else
            {
                completion.WriteData(writer, data!);
            }
        }
        finally
        {
            scratch?.Release();
        }

        WriteExtensions(writer, extensions);
        writer.WriteEndObject();
    }

    /// <summary>Writes a request-error response: <c>{"errors": [...]}</c> without a <c>data</c> entry.</summary>
    public static void WriteRequestErrors(Utf8JsonWriter writer, IReadOnlyList<GatewayError> errors, JsonNode? extensions = null)
    {
        writer.WriteStartObject();
        ErrorJson.WriteErrors(writer, errors);
        WriteExtensions(writer, extensions);
        writer.WriteEndObject();
    }

    private static void WriteExtensions(Utf8JsonWriter writer, JsonNode? extensions)
    {
        if (extensions is not null)
        {
            writer.WritePropertyName(Extensions);
            extensions.WriteTo(writer);
        }
    }
}
