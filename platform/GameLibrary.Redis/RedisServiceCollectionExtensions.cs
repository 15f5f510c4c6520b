using System.Globalization;
using System.Net;

using GameLibrary.Redis;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the application's Redis connection.</summary>
public static class RedisServiceCollectionExtensions
{
    /// <summary>Name of the health check, tagged <c>ready</c>.</summary>
    public const string HealthCheckName = "redis";

    /// <summary>
    /// Registers one <see cref="IConnectionMultiplexer"/> (owned by a <see cref="RedisConnectionProvider"/>)
    /// and a readiness health check. With <c>ConnectionStrings:Redis</c> set it connects there; without it an
    /// in-process Garnet server is started on first use, on a free loopback port (or
    /// <c>Redis:Embedded:Port</c>), persisting to <c>.data/garnet</c> under the content root (or
    /// <c>Redis:Embedded:DataDirectory</c>; an empty value keeps it in memory only).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application configuration.</param>
    public static IServiceCollection AddGameLibraryRedis(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(provider =>
        {
            var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
            var dataDirectory = configuration["Redis:Embedded:DataDirectory"] ?? Path.Combine(".data", "garnet");
            var embedded = new EmbeddedGarnetOptions
            {
                Port = ParsePort(configuration["Redis:Embedded:Port"]),
                DataDirectory = dataDirectory.Length == 0 ? null : Path.Combine(contentRoot, dataDirectory),
            };
            return new RedisConnectionProvider(
                configuration.GetConnectionString("Redis"),
                embedded,
                provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance);
        });
        services.TryAddSingleton(provider => provider.GetRequiredService<RedisConnectionProvider>().Connection);
        services.AddHealthChecks().AddCheck<RedisHealthCheck>(HealthCheckName, tags: ["ready"]);
        return services;
    }

    private static int ParsePort(string? value) =>
        string.IsNullOrEmpty(value) ? 0
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= IPEndPoint.MaxPort ? port
        : throw new InvalidOperationException($"Redis:Embedded:Port must be a port number, not '{value}'.");
}
