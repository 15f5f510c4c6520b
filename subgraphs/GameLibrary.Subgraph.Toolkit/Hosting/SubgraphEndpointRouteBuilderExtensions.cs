using GameLibrary.Subgraph.Toolkit.Health;
using GameLibrary.Transport;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GameLibrary.Subgraph.Toolkit.Hosting;

/// <summary>Maps the endpoints every subgraph serves.</summary>
public static class SubgraphEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Adds authentication and maps <c>/graphql</c>, <c>/health/live</c> (200 while the process serves),
    /// <c>/health/ready</c> (200 only when every check tagged <see cref="HealthCheckTags.Ready"/> passes, else 503;
    /// a JSON body lists the checks) and <c>/metrics</c> (Prometheus). <see cref="SubgraphApplicationExtensions.RunSubgraphAsync"/>
    /// calls it before serving; call it directly only to host the subgraph another way (tests).
    /// </summary>
    /// <param name="app">The built subgraph application.</param>
    /// <returns><paramref name="app"/>.</returns>
    public static WebApplication MapSubgraphEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.UseAuthentication();
        app.MapGraphQL("/graphql");
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthCheckTags.Ready),
            ResponseWriter = HealthReportWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
