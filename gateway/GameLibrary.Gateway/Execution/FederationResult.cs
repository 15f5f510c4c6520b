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

    /// <summary>
    /// The result as the transport sees it: an event rendered once for many subscribers becomes one shared
    /// <see cref="RenderedGraphQLResult"/> (the transport frames it once and writes the same bytes to each of them).
    /// </summary>
    public static IGraphQLResult For(GatewayResult result) =>
        result.RenderedJson is null
            ? new FederationResult(result)
            : result.Shared(static rendered => new RenderedGraphQLResult(Map(rendered.Kind), rendered.RenderedJson!.Value));

    public static GraphQLResultKind Map(GatewayResultKind kind) => kind switch
    {
        GatewayResultKind.Executed => GraphQLResultKind.Executed,
        GatewayResultKind.RequestError => GraphQLResultKind.RequestError,
        GatewayResultKind.OperationNotAllowed => GraphQLResultKind.OperationNotAllowed,
        GatewayResultKind.PersistedQueryMiss => GraphQLResultKind.PersistedQueryMiss,
        _ => throw new UnreachableException($"The engine returned an unknown result kind {kind}."),
    };
}
