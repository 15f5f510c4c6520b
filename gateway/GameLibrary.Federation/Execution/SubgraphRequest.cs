using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using GameLibrary.Federation.Planning.Nodes;

namespace GameLibrary.Federation.Execution;

/// <summary>A GraphQL request to a subgraph.</summary>
/// <remarks>
/// The variables are serialised once, when the request is made: the same bytes are the body's <c>variables</c>
/// and part of the in-flight deduplication key, and entity representations (already UTF-8 JSON) are copied in as
/// they are. The node form (<see cref="Variables"/>) is only made when something asks for it.
/// </remarks>
internal sealed class SubgraphRequest
{
    /// <summary>The variables of most root fetches: none.</summary>
    private static readonly ReadOnlyMemory<byte> NoVariables = "{}"u8.ToArray();

    private JsonObject? _variables;

    /// <summary>A request with the given variables (serialised now).</summary>
    public SubgraphRequest(string query, string? operationName, JsonObject variables)
        : this(query, operationName, Serialize(variables, []))
    {
        _variables = variables;
    }

    private SubgraphRequest(string query, string? operationName, ReadOnlyMemory<byte> variablesJson)
    {
        Query = query;
        OperationName = operationName;
        VariablesJson = variablesJson;
    }

    /// <summary>The operation text.</summary>
    public string Query { get; }

    /// <summary>The operation name, if any.</summary>
    public string? OperationName { get; }

    /// <summary>Every variable of the request, representations included, as a UTF-8 JSON object.</summary>
    public ReadOnlyMemory<byte> VariablesJson { get; }

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
        new(operation, operationName, Serialize(Used(usages, variables), representations));

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

    private static ReadOnlyMemory<byte> Serialize(IEnumerable<KeyValuePair<string, JsonNode?>> used, IReadOnlyList<(string Name, ReadOnlyMemory<byte> Json)> representations)
    {
        if (representations.Count == 0 && !used.Any())
        {
            return NoVariables;
        }

        var buffer = new ArrayBufferWriter<byte>(16 + representations.Sum(r => r.Json.Length + r.Name.Length + 4));
        using (var writer = new Utf8JsonWriter(buffer))
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

        return buffer.WrittenMemory;
    }
}
