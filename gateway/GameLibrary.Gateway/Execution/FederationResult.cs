using System.Diagnostics;
using System.Text.Json;

using GameLibrary.Federation;
using GameLibrary.Transport.Execution;

namespace GameLibrary.Gateway.Execution;

/// <summary>An engine result as the transport sees it; it streams itself to the wire unchanged.</summary>
internal sealed class FederationResult(GatewayResult result) : IGraphQLResult
{
    public GraphQLResultKind Kind { get; } = Map(result.Kind);

    public void WriteTo(Utf8JsonWriter writer) => result.WriteTo(writer);

    public static GraphQLResultKind Map(GatewayResultKind kind) => kind switch
    {
        GatewayResultKind.Executed => GraphQLResultKind.Executed,
        GatewayResultKind.RequestError => GraphQLResultKind.RequestError,
        GatewayResultKind.OperationNotAllowed => GraphQLResultKind.OperationNotAllowed,
        _ => throw new UnreachableException($"The engine returned an unknown result kind {kind}."),
    };
}
