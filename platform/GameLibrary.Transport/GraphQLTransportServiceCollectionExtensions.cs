using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

using GameLibrary.Transport.Hosting;
using GameLibrary.Transport.Http;
using GameLibrary.Transport.ServerSentEvents;
using GameLibrary.Transport.WebSockets;

namespace GameLibrary.Transport;

/// <summary>Registers the GraphQL transport.</summary>
public static class GraphQLTransportServiceCollectionExtensions
{
    /// <summary>
    /// Adds the GraphQL transport (HTTP, graphql-transport-ws, SSE, graceful shutdown). The
    /// application registers its own <see cref="Execution.IGraphQLExecutor"/>, resolved per request,
    /// and may register an <see cref="IGraphQLConnectionInitializer"/>. Calling this again only adds
    /// <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts the options; they are validated when the host starts.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddGraphQLTransport(
        this IServiceCollection services,
        Action<GraphQLTransportOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        OptionsBuilder<GraphQLTransportOptions> options = services.AddOptions<GraphQLTransportOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<GraphQLTransportOptions>, GraphQLTransportOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, WebSocketsStartupFilter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, GraphQLShutdownService>());
        services.TryAddSingleton<GraphQLOperationTracker>();
        services.TryAddSingleton<GraphQLWebSocketHandler>();
        services.TryAddSingleton<ServerSentEventsResponder>();
        services.TryAddSingleton<ServerSentEventKeepAlive>();
        services.TryAddSingleton<GraphQLEndpoint>();
        return services;
    }
}
