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
                // The runtime's own (GC collections and pause time, heap sizes, thread pool): what a latency outlier is checked against.
                .AddMeter("System.Runtime")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddPrometheusExporter());

        // Metrics are always scraped from /metrics; traces are recorded only when a collector is configured to ship
        // them to. Recorded for nobody, every request and subgraph call paid for a span, and a subscription held its
        // span's tags for as long as it was open: 0.3 KB per idle subscriber at 10,000 (docs/performance.md).
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
