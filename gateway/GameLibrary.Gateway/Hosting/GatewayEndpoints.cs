using GameLibrary.Gateway.Dashboard;
using GameLibrary.Gateway.Execution;
using GameLibrary.Gateway.Health;
using GameLibrary.Gateway.Ide;
using GameLibrary.Gateway.Security;
using GameLibrary.Transport;

using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GameLibrary.Gateway.Hosting;

/// <summary>Maps the gateway's endpoints.</summary>
internal static class GatewayEndpoints
{
    public const string GraphQLPath = "/graphql";

    /// <summary>
    /// Maps <c>/graphql</c> (503 until a supergraph is loaded; browsers get the Banana Cake Pop IDE unless
    /// <c>Gateway:Ide:Enabled</c> is false), the live leaderboard page at <c>/dashboard</c> (unless
    /// <c>Gateway:Dashboard:Enabled</c> is false), <c>/health/live</c> (200 while the process serves),
    /// <c>/health/ready</c> (200 once a supergraph is loaded, else 503) and <c>/metrics</c> (Prometheus); cross-origin
    /// access only for the origins of <c>Gateway:Cors:AllowedOrigins</c>.
    /// </summary>
    public static WebApplication MapGatewayEndpoints(this WebApplication app)
    {
        // First, so that preflights are answered (and refused origins get no CORS headers) whatever serves the path.
        app.UseGatewayCors();

        // The IDE is static and needs no supergraph: it loads while the gateway waits for one.
        if (app.Services.GetRequiredService<IOptions<IdeOptions>>().Value.Enabled)
        {
            app.UseIde(GraphQLPath);
        }

        if (app.Services.GetRequiredService<IOptions<DashboardOptions>>().Value.Enabled)
        {
            app.UseDashboard();
        }

        // Explicit, so that the IDE's page and files are answered before an endpoint is chosen for them.
        app.UseRouting();
        app.UseSupergraphAvailability(GraphQLPath);
        app.MapGraphQL(GraphQLPath);
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
