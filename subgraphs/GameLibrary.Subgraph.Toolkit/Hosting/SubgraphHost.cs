using GameLibrary.Subgraph.Toolkit.Authentication;
using GameLibrary.Subgraph.Toolkit.Telemetry;
using GameLibrary.Transport;

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace GameLibrary.Subgraph.Toolkit.Hosting;

/// <summary>Creates subgraph hosts: one place for the logging, authentication, telemetry, health and transport every subgraph shares.</summary>
public static class SubgraphHost
{
    /// <summary>
    /// Creates a web application builder set up as a subgraph: JSON console logs (on standard error), JWT bearer
    /// authentication from the <c>Auth</c> section, OpenTelemetry traces and metrics, health checks and the GraphQL
    /// transport. Add the schema with
    /// <see cref="SubgraphSchemaServiceCollectionExtensions.AddSubgraphSchema{TSchema}"/>, build, and run with
    /// <see cref="SubgraphApplicationExtensions.RunSubgraphAsync"/>.
    /// </summary>
    /// <param name="args">The command-line arguments; also read as configuration (<c>--environment</c>, <c>--Auth:SigningKey=…</c>).</param>
    /// <param name="descriptor">The subgraph's name and default port.</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder CreateBuilder(string[] args, SubgraphDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(descriptor);

        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSingleton(descriptor);

        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(json =>
        {
            json.IncludeScopes = true;
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });

        // Standard output is reserved for command output such as `schema export`.
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddSubgraphAuthentication();
        builder.Services.AddHealthChecks();
        builder.Services.AddSubgraphTelemetry(descriptor, builder.Configuration);
        builder.Services.AddGraphQLTransport();
        return builder;
    }
}
