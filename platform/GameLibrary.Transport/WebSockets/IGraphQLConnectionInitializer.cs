using System.Text.Json;

using Microsoft.AspNetCore.Http;

namespace GameLibrary.Transport.WebSockets;

/// <summary>
/// Decides whether a graphql-transport-ws connection may proceed once the client sent
/// <c>connection_init</c> (for example by validating a token in its payload). Optional: register one
/// in DI (any lifetime; resolved from the upgrade request's services); without one every connection is acknowledged.
/// </summary>
public interface IGraphQLConnectionInitializer
{
    /// <summary>
    /// Accepts or rejects the connection; a rejection closes the socket with 4403 Forbidden.
    /// </summary>
    /// <param name="httpContext">The WebSocket upgrade request.</param>
    /// <param name="payload">The <c>connection_init</c> payload, if the client sent one.</param>
    /// <param name="cancellationToken">Cancelled when the socket goes away.</param>
    ValueTask<GraphQLConnectionInitResult> InitializeAsync(
        HttpContext httpContext,
        JsonElement? payload,
        CancellationToken cancellationToken);
}
