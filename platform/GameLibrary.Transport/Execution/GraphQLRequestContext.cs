using System.Security.Claims;
using System.Text.Json;

using Microsoft.AspNetCore.Http;

namespace GameLibrary.Transport.Execution;

/// <summary>
/// What an executor may know about the caller of a request, whatever the transport. A class, not a record: the principal
/// is read lazily, and a record's equality would depend on whether it had been.
/// </summary>
public sealed class GraphQLRequestContext
{
    // The request the caller's principal is read from when first asked for (null when given outright).
    private readonly HttpContext? _httpContext;
    private ClaimsPrincipal? _user;

    /// <summary>A context with the caller's principal given.</summary>
    /// <param name="transport">The transport the request arrived on.</param>
    /// <param name="user">The authenticated principal (anonymous when not signed in).</param>
    /// <param name="headers">The HTTP request headers (for a WebSocket, those of the upgrade request).</param>
    /// <param name="services">The request's scoped service provider.</param>
    /// <param name="connectionInitPayload">The graphql-transport-ws <c>connection_init</c> payload, if any.</param>
    public GraphQLRequestContext(
        GraphQLTransportKind transport,
        ClaimsPrincipal user,
        IHeaderDictionary headers,
        IServiceProvider services,
        JsonElement? connectionInitPayload = null)
    {
        Transport = transport;
        _user = user;
        Headers = headers;
        Services = services;
        ConnectionInitPayload = connectionInitPayload;
    }

    /// <summary>
    /// A context whose principal is the request's, unless <paramref name="user"/> replaces it (a WebSocket's
    /// <c>connection_init</c>). ASP.NET Core creates an anonymous principal only when asked for it, so an executor that
    /// never asks (the gateway forwards headers) does not make every open subscription hold one (~240 B).
    /// The request must outlive the execution, as HTTP requests and WebSocket operations do.
    /// </summary>
    internal GraphQLRequestContext(
        GraphQLTransportKind transport,
        HttpContext httpContext,
        ClaimsPrincipal? user,
        IServiceProvider services,
        JsonElement? connectionInitPayload = null)
    {
        Transport = transport;
        _httpContext = httpContext;
        _user = user;
        Headers = httpContext.Request.Headers;
        Services = services;
        ConnectionInitPayload = connectionInitPayload;
    }

    /// <summary>The transport the request arrived on.</summary>
    public GraphQLTransportKind Transport { get; }

    /// <summary>The authenticated principal (anonymous when not signed in).</summary>
    public ClaimsPrincipal User => _user ??= _httpContext!.User;

    /// <summary>The HTTP request headers (for a WebSocket, those of the upgrade request).</summary>
    public IHeaderDictionary Headers { get; }

    /// <summary>The request's scoped service provider.</summary>
    public IServiceProvider Services { get; }

    /// <summary>The graphql-transport-ws <c>connection_init</c> payload, if any.</summary>
    public JsonElement? ConnectionInitPayload { get; }

    /// <summary>True when the transport only allows query operations (HTTP GET).</summary>
    public bool QueryOnly => Transport == GraphQLTransportKind.HttpGet;
}
