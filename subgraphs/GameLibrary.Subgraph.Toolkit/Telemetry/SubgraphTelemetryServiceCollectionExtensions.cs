using GameLibrary.Subgraph.Toolkit.Hosting;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

using Npgsql;

using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GameLibrary.Subgraph.Toolkit.Telemetry;

/// <summary>Registers the subgraph's OpenTelemetry traces and metrics.</summary>
internal static class SubgraphTelemetryServiceCollectionExtensions
{
    /// <summary>The standard OpenTelemetry setting naming a collector; traces and metrics are shipped there when set.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddSubgraphTelemetry(
        this IServiceCollection services,
        SubgraphDescriptor descriptor,
        IConfiguration configuration)
    {
        OpenTelemetryBuilder telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService($"gamelibrary-{descriptor.Name}"))
            .WithTracing(tracing => tracing
                .AddSource(SubgraphTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(SubgraphTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddPrometheusExporter());

        // Metrics are always scraped from /metrics; traces leave the process only when a collector is configured.
        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]))
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}
