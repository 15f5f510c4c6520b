using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Tests.Execution;
using GameLibrary.Federation.Responses;
using GameLibrary.Federation.Tests.Api;
using GameLibrary.Federation.Tests.Requests;

namespace GameLibrary.Federation.Tests.Responses;

/// <summary>Runs the response writer over a data tree and returns the response JSON.</summary>
internal static class Respond
{
    public static string With(
        string query,
        string? dataJson,
        string? variablesJson = null,
        IReadOnlyList<GatewayError>? errors = null,
        JsonNode? extensions = null,
        string scenario = "catalog-users")
    {
        var operation = TestOperations.Prepare(query, variablesJson, scenario: scenario);
        var data = dataJson is null ? null : ResultStoreJson.Store(dataJson);
        return Write(writer => ResponseWriter.Write(writer, TestSupergraphs.Api(scenario), operation, data, errors ?? [], extensions));
    }

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Normalises expected JSON written with single quotes and free spacing.</summary>
    public static string Json(string relaxed) => JsonNode.Parse(relaxed.Replace('\'', '"'))!.ToJsonString();

    /// <summary>A "Cannot return null" error as the writer adds it.</summary>
    public static string NullError(string coordinate, string path, int line, int column) =>
        $"{{'message':'Cannot return null for non-nullable field {coordinate}.','locations':[{{'line':{line},'column':{column}}}],'path':{path},'extensions':{{'code':'INTERNAL_SERVER_ERROR'}}}}";
}
