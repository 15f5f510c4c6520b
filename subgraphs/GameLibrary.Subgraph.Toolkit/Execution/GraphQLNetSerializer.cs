using System.Text.Json;

using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>
/// GraphQL.SystemTextJson's serializer, opened up to write a result straight to the transport's
/// <see cref="Utf8JsonWriter"/> with the same converters and error formatting it uses for streams.
/// </summary>
internal sealed class GraphQLNetSerializer(IErrorInfoProvider errorInfoProvider) : GraphQLSerializer(errorInfoProvider)
{
    public void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        JsonSerializer.Serialize(writer, result, SerializerOptions);
    }
}
