using System.Text.Json;

using GameLibrary.Transport.Execution;

namespace GameLibrary.Transport.Tests.Support;

/// <summary>A result whose serialisation fails half-way, like an engine bug would.</summary>
internal sealed class ThrowingResult : IGraphQLResult
{
    public GraphQLResultKind Kind => GraphQLResultKind.Executed;

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        throw new InvalidOperationException("The result could not be serialised.");
    }
}
