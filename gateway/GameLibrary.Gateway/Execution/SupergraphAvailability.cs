using System.Text.Json;

using GameLibrary.Gateway.Supergraphs;

using Microsoft.Net.Http.Headers;

namespace GameLibrary.Gateway.Execution;

/// <summary>
/// Answers GraphQL requests with 503 until the first supergraph is loaded: the gateway is up but has nothing
/// to serve, which is the server's state and not the client's fault (a GraphQL 400 would say otherwise).
/// </summary>
internal static class SupergraphAvailability
{
    private static readonly HostErrorResult Unavailable = new(
        Transport.Execution.GraphQLResultKind.RequestError,
        GatewayHostErrorCodes.SupergraphUnavailable,
        "The gateway has not loaded a supergraph yet; retry shortly.");

    /// <summary>
    /// Refuses GraphQL requests while no supergraph is loaded; every other request goes straight on to
    /// <c>next</c> without an async frame of this middleware, which a subscription would hold for as long as it is open.
    /// </summary>
    public static IApplicationBuilder UseSupergraphAvailability(this IApplicationBuilder app, PathString graphQLPath) =>
        app.Use((context, next) =>
            context.Request.Path.StartsWithSegments(graphQLPath)
            && context.RequestServices.GetRequiredService<SupergraphProvider>().Current is null
                ? RefuseAsync(context)
                : next(context));

    private static async Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        context.Response.ContentType = "application/json; charset=utf-8";
        await using Utf8JsonWriter writer = new(context.Response.Body);
        Unavailable.WriteTo(writer);
    }
}
