using System.Text.Json;

using GameLibrary.Transport.Execution;

namespace GameLibrary.Gateway.Execution;

/// <summary>A response holding one error the host raises itself: <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c>.</summary>
internal sealed class HostErrorResult(GraphQLResultKind kind, string code, string message) : IGraphQLResult
{
    public GraphQLResultKind Kind => kind;

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("errors"u8);
        writer.WriteStartObject();
        writer.WriteString("message"u8, message);
        writer.WriteStartObject("extensions"u8);
        writer.WriteString("code"u8, code);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
