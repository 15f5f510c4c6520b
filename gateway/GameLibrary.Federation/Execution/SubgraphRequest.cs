using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using GameLibrary.Federation.Planning.Nodes;

namespace GameLibrary.Federation.Execution;

/// <summary>A GraphQL request to a subgraph.</summary>
/// <remarks>
/// The request is serialised once, when it is made, as the whole HTTP body (<see cref="Body"/>): its
/// <c>variables</c> are a slice of it (<see cref="VariablesJson"/>, part of the in-flight deduplication key), entity
/// representations (already UTF-8 JSON) are copied in as they are, and the operation text, the same instance for
/// every request of a cached plan, is escaped once per process. The node form (<see cref="Variables"/>) is only
/// made when something asks for it.
/// </remarks>
internal sealed class SubgraphRequest
{
    private static readonly JsonEncodedText QueryName = JsonEncodedText.Encode("query");
    private static readonly JsonEncodedText OperationNameName = JsonEncodedText.Encode("operationName");
    private static readonly JsonEncodedText VariablesName = JsonEncodedText.Encode("variables");

    /// <summary>Operation texts as the body writes them, kept as long as their string (a cached plan's) lives.</summary>
    private static readonly ConditionalWeakTable<string, StrongBox<JsonEncodedText>> EncodedOperations = [];

    private JsonObject? _variables;

    /// <summary>A request with the given variables (serialised now).</summary>
    public SubgraphRequest(string query, string? operationName, JsonObject variables)
        : this(query, operationName, variables, [])
    {
        _variables = variables;
    }

    private SubgraphRequest(
        string query,
        string? operationName,
        IEnumerable<KeyValuePair<string, JsonNode?>> variables,
        IReadOnlyList<(string Name, ReadOnlyMemory<byte> Json)> representations)
    {
        Query = query;
        OperationName = operationName;
        var encoded = EncodedOperations.GetValue(query, static q => new StrongBox<JsonEncodedText>(JsonEncodedText.Encode(q))).Value;

        // Sized for everything but the client's variables (few, on root fetches), so the buffer is not grown and copied.
        var length = 48 + encoded.EncodedUtf8Bytes.Length + (6 * (operationName?.Length ?? 0));
        for (var i = 0; i < representations.Count; i++)
        {
            length += representations[i].Json.Length + (6 * representations[i].Name.Length) + 4;
        }

        var buffer = new ArrayBufferWriter<byte>(length);
        using var writer = new Utf8JsonWriter(buffer);
        writer.WriteStartObject();
        writer.WriteString(QueryName, encoded);
        if (operationName is not null)
        {
            writer.WriteString(OperationNameName, operationName);
        }

        writer.WritePropertyName(VariablesName);
        var variablesStart = (int)(writer.BytesCommitted + writer.BytesPending);
        WriteVariables(writer, variables, representations);
        var variablesEnd = (int)(writer.BytesCommitted + writer.BytesPending);
        writer.WriteEndObject();
        writer.Flush();
        Body = buffer.WrittenMemory;
        VariablesJson = Body[variablesStart..variablesEnd];
    }

    /// <summary>The operation text.</summary>
    public string Query { get; }

    /// <summary>The operation name, if any.</summary>
    public string? OperationName { get; }

    /// <summary>Every variable of the request, representations included, as a UTF-8 JSON object (a slice of <see cref="Body"/>).</summary>
    public ReadOnlyMemory<byte> VariablesJson { get; }

    /// <summary>The request as the UTF-8 JSON body an HTTP POST sends: <c>query</c>, <c>operationName</c> (when any), <c>variables</c>.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The variables as nodes, read from <see cref="VariablesJson"/> on first use.</summary>
    public JsonObject Variables => _variables ??= JsonNode.Parse(VariablesJson.Span)!.AsObject();

    /// <summary>The request of a fetch: its operation and the client variables it uses.</summary>
    public static SubgraphRequest For(FetchNode fetch, JsonObject variables) =>
        For(fetch.Operation, fetch.OperationName, fetch.VariableUsages, variables, []);

    /// <summary>
    /// A request of <paramref name="operation"/> with the client variables it uses and entity representation
    /// lists (variable name and UTF-8 JSON list).
    /// </summary>
    public static SubgraphRequest For(
        string operation,
        string? operationName,
        IReadOnlyList<string> usages,
        JsonObject variables,
        IReadOnlyList<(string Name, ReadOnlyMemory<byte> Json)> representations) =>
        new(operation, operationName, Used(usages, variables), representations);

    /// <summary>The variables the operation declares, of those the client sent.</summary>
    private static IEnumerable<KeyValuePair<string, JsonNode?>> Used(IReadOnlyList<string> usages, JsonObject variables)
    {
        foreach (var name in usages)
        {
            if (variables.TryGetPropertyValue(name, out var value))
            {
                yield return new KeyValuePair<string, JsonNode?>(name, value);
            }
        }
    }

    private static void WriteVariables(
        Utf8JsonWriter writer,
        IEnumerable<KeyValuePair<string, JsonNode?>> used,
        IReadOnlyList<(string Name, ReadOnlyMemory<byte> Json)> representations)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in used)
        {
            writer.WritePropertyName(name);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer);
            }
        }

        foreach (var (name, json) in representations)
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(json.Span, skipInputValidation: true);
        }

        writer.WriteEndObject();
    }
}
