using System.Text.Json;

using GameLibrary.Transport.Execution;

using GraphQL;

namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>A GraphQL.NET <see cref="ExecutionResult"/> as the transport sees it.</summary>
internal sealed class GraphQLNetResult(ExecutionResult result, GraphQLResultKind kind, GraphQLNetSerializer serializer) : IGraphQLResult
{
    public GraphQLResultKind Kind => kind;

    public void WriteTo(Utf8JsonWriter writer)
    {
        serializer.Write(writer, result);
    }
}
