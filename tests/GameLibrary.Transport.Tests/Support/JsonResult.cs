using System.Text.Json;

using GameLibrary.Transport.Execution;

namespace GameLibrary.Transport.Tests.Support;

/// <summary>A result holding ready-made JSON, as an engine with its own serialiser would.</summary>
internal sealed class JsonResult(GraphQLResultKind kind, string json) : IGraphQLResult
{
    public GraphQLResultKind Kind { get; } = kind;

    public void WriteTo(Utf8JsonWriter writer) => writer.WriteRawValue(json);

    public static JsonResult Data(string dataJson) => new(GraphQLResultKind.Executed, $$"""{"data":{{dataJson}}}""");

    public static JsonResult Error(GraphQLResultKind kind, string message) =>
        new(kind, $$"""{"errors":[{"message":{{JsonSerializer.Serialize(message)}}}]}""");
}
