using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

using GameLibrary.Transport.Http;

namespace GameLibrary.Transport;

/// <summary>Maps the GraphQL endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps one endpoint serving GraphQL over HTTP (POST, and GET when enabled), graphql-transport-ws
    /// WebSocket upgrades and GraphQL over SSE (<c>Accept: text/event-stream</c>). Every HTTP method
    /// reaches it, so that unsupported ones get a GraphQL error body with their 405.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route pattern (default <c>/graphql</c>).</param>
    /// <returns>A builder to add conventions (authorization, CORS, rate limiting…) to the endpoint.</returns>
    /// <exception cref="InvalidOperationException"><c>AddGraphQLTransport</c> was not called.</exception>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);

        GraphQLEndpoint endpoint = endpoints.ServiceProvider.GetService<GraphQLEndpoint>()
            ?? throw new InvalidOperationException(
                $"Call services.{nameof(GraphQLTransportServiceCollectionExtensions.AddGraphQLTransport)}() before mapping the GraphQL endpoint.");
        return endpoints.Map(pattern, endpoint.HandleAsync).WithDisplayName($"GraphQL {pattern}");
    }
}
