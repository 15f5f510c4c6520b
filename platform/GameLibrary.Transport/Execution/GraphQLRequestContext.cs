using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace GameLibrary.Transport.Execution;

/// <summary>What an executor may know about the caller of a request, whatever the transport.</summary>
/// <param name="Transport">The transport the request arrived on.</param>
/// <param name="User">The authenticated principal (anonymous when not signed in).</param>
/// <param name="Headers">The HTTP request headers (for a WebSocket, those of the upgrade request).</param>
/// <param name="Services">The request's scoped service provider.</param>
/// <param name="ConnectionInitPayload">The graphql-transport-ws <c>connection_init</c> payload, if any.</param>
public sealed record GraphQLRequestContext(
    GraphQLTransportKind Transport,
    ClaimsPrincipal User,
    IHeaderDictionary Headers,
    IServiceProvider Services,
    System.Text.Json.JsonElement? ConnectionInitPayload = null)
{
    /// <summary>True when the transport only allows query operations (HTTP GET).</summary>
    public bool QueryOnly => Transport == GraphQLTransportKind.HttpGet;
}
