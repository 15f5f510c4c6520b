using System.Text.Json;

using GameLibrary.Transport.Execution;

namespace GameLibrary.Transport.Serialization;

/// <summary>
/// A GraphQL response holding one error produced by the transport itself:
/// <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c>.
/// </summary>
internal sealed class TransportErrorResult(string code, string message) : IGraphQLResult
{
    public string Code { get; } = code;

    public string Message { get; } = message;

    public GraphQLResultKind Kind => GraphQLResultKind.RequestError;

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("errors"u8);
        WriteErrorsTo(writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes just the <c>errors</c> array (the payload of a graphql-transport-ws <c>error</c>).</summary>
    public void WriteErrorsTo(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        writer.WriteStartObject();
        writer.WriteString("message"u8, Message);
        writer.WriteStartObject("extensions"u8);
        writer.WriteString("code"u8, Code);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
