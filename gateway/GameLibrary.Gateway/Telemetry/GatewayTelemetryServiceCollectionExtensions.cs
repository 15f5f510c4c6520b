using GameLibrary.Federation;

using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GameLibrary.Gateway.Telemetry;

/// <summary>Registers the gateway's OpenTelemetry traces and metrics.</summary>
internal static class GatewayTelemetryServiceCollectionExtensions
{
    /// <summary>The standard OpenTelemetry setting naming a collector; traces and metrics are shipped there when set.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddGatewayTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<GatewayTelemetry>();
        OpenTelemetryBuilder telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("gamelibrary-gateway"))
            .WithMetrics(metrics => metrics
                .AddMeter(GatewayTelemetry.MeterName)
                .AddMeter(FederationGateway.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddPrometheusExporter());

        // Metrics are always scraped from /metrics. Traces exist only to be shipped to a collector: without one,
        // recording a span per request and per subgraph call would cost CPU for nothing, so tracing is not set up.
        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]))
        {
            telemetry
                .WithTracing(tracing => tracing
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation())
                .UseOtlpExporter();
        }

        return services;
    }
}
