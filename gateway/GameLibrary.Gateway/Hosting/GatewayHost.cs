using GameLibrary.Gateway.Composition;
using GameLibrary.Gateway.Configuration;
using GameLibrary.Gateway.Execution;
using GameLibrary.Gateway.Health;
using GameLibrary.Gateway.Security;
using GameLibrary.Gateway.Dashboard;
using GameLibrary.Gateway.Ide;
using GameLibrary.Gateway.Memory;
using GameLibrary.Gateway.Supergraphs;
using GameLibrary.Gateway.Telemetry;
using GameLibrary.Transport;
using GameLibrary.Transport.Execution;

using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace GameLibrary.Gateway.Hosting;

/// <summary>Creates the gateway's web host; the serve command and the in-process tests build it the same way.</summary>
internal static class GatewayHost
{
    /// <summary>The section of the transport's limits (<c>MaxRequestBodySize</c>, <c>ShutdownTimeout</c>, …).</summary>
    public const string TransportSectionName = "Gateway:Transport";

    /// <summary>
    /// A builder with JSON console logs (on standard error), the gateway's options, the supergraph provider and
    /// watcher, the transport with the federation executor, the IDE's settings, health checks and telemetry.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        // appsettings.json beside the binary applies wherever the gateway is started from (the apphost, a container, a shell).
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });

        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(json =>
        {
            json.IncludeScopes = true;
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });

        // Standard output is reserved for command output, as in the subgraphs.
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);

        // Before the watcher: hosted services start in order, and the meter provider must listen before the first load is counted.
        builder.Services.AddGatewayTelemetry(builder.Configuration);

        builder.Services.AddOptions<GatewayOptions>()
            .BindConfiguration(GatewayOptions.SectionName)
            .PostConfigure<IConfiguration>((options, configuration) =>
            {
                if (configuration[GatewayEnvironment.Supergraph] is { Length: > 0 } supergraph)
                {
                    options.Supergraph = supergraph;
                }
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidator>();
        builder.Services.AddOptions<IdeOptions>().BindConfiguration(IdeOptions.SectionName);
        builder.Services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.SectionName);

        builder.Services.AddSingleton<SupergraphLoader>();
        builder.Services.AddSingleton<SupergraphProvider>();
        builder.Services.AddHostedService<SupergraphWatcher>();
        builder.Services.AddSupergraphComposition();

        builder.Services.AddGraphQLTransport();
        builder.Services.AddOptions<GraphQLTransportOptions>().BindConfiguration(TransportSectionName);
        builder.Services.AddSingleton<RequestHeaders>();
        builder.Services.AddSingleton<IGraphQLExecutor, FederationExecutor>();

        builder.Services.AddSingleton<IManagedHeap, ManagedHeap>();
        builder.Services.AddHostedService<IdleHeapTrimmer>();

        builder.Services.AddGatewayCors();
        builder.Services.AddHealthChecks().AddCheck<SupergraphHealthCheck>(SupergraphHealthCheck.Name, tags: [HealthCheckTags.Ready]);
        return builder;
    }
}
