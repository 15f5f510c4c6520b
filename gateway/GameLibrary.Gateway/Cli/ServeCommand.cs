using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

using GameLibrary.Gateway.Composition;
using GameLibrary.Gateway.Configuration;
using GameLibrary.Gateway.Hosting;
using GameLibrary.Gateway.Supergraphs;

using Microsoft.Extensions.Options;

using OpenTelemetry.Metrics;

namespace GameLibrary.Gateway.Cli;

/// <summary>The default command: serve the supergraph over HTTP until shut down.</summary>
internal static class ServeCommand
{
    /// <summary>Adds the serve options and action to the root command.</summary>
    /// <param name="root">The root command.</param>
    /// <param name="args">All arguments; those the command line does not know are ASP.NET Core configuration (<c>--urls</c>, <c>--Gateway:SubgraphTimeout=…</c>).</param>
    public static void Configure(RootCommand root, string[] args)
    {
        Option<FileInfo> supergraph = SupergraphOption.Create(
            $"The supergraph file to serve; watched, and swapped in when it changes (default: {GatewayEnvironment.Supergraph}, else Gateway:Supergraph).",
            required: false);
        Option<int?> port = new("--port")
        {
            Description = $"The HTTP port to serve on, on every interface (default: {GatewayEnvironment.Port}, else Urls, else {GatewayEnvironment.DefaultPort}).",
            HelpName = "n",
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535.");
            }
        });

        Option<bool> compose = new("--compose")
        {
            Description = "Without a supergraph file: compose one from the Gateway:Subgraphs:<name>:Url subgraphs' _service { sdl }, and recompose when one changes.",
        };

        root.Options.Add(supergraph);
        root.Options.Add(port);
        root.Options.Add(compose);
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((parseResult, cancellationToken) => ServeAsync(
            args,
            parseResult.GetValue(supergraph),
            parseResult.GetValue(port),
            parseResult.GetValue(compose),
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
    }

    private static async Task<int> ServeAsync(string[] args, FileInfo? supergraph, int? port, bool compose, TextWriter error, CancellationToken cancellationToken)
    {
        WebApplicationBuilder builder = GatewayHost.CreateBuilder(args);
        Dictionary<string, string?> overrides = [];
        if (supergraph is not null)
        {
            overrides[GatewayEnvironment.Supergraph] = supergraph.FullName;
        }

        if (port is not null)
        {
            overrides[GatewayEnvironment.Port] = port.Value.ToString(CultureInfo.InvariantCulture);
        }

        if (compose)
        {
            overrides[$"{ComposeOptions.SectionName}:{nameof(ComposeOptions.Enabled)}"] = "true";
        }

        builder.Configuration.AddInMemoryCollection(overrides);
        await using WebApplication app = builder.Build();

        try
        {
            GatewayPort.Apply(app);
        }
        catch (FormatException exception)
        {
            await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return CommandLineSupergraph.Failed;
        }

        GatewayOptions settings;
        ComposeOptions composition;
        try
        {
            settings = app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value;
            composition = app.Services.GetRequiredService<IOptions<ComposeOptions>>().Value;
        }
        catch (OptionsValidationException exception)
        {
            foreach (string failure in exception.Failures)
            {
                await error.WriteLineAsync($"error: {failure}").ConfigureAwait(false);
            }

            return CommandLineSupergraph.Failed;
        }

        if (string.IsNullOrEmpty(settings.Supergraph) && composition.Enabled)
        {
            // Composed in the background from the subgraphs; /health/ready answers 503 until the first composition.
            app.MapGatewayEndpoints();
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }

        if (settings.Supergraph is not { Length: > 0 } path)
        {
            await error.WriteLineAsync(
                $"error: no supergraph to serve: pass --supergraph <file> (or set {GatewayEnvironment.Supergraph} or Gateway:Supergraph), or --compose with Gateway:Subgraphs:<name>:Url settings.").ConfigureAwait(false);
            return CommandLineSupergraph.Failed;
        }

        // The meter provider listens from its creation on; created now, it counts the initial load below.
        _ = app.Services.GetService<MeterProvider>();

        // Loaded before serving, so a missing or broken file fails the start with a clear message and exit code.
        long started = Stopwatch.GetTimestamp();
        if (CommandLineSupergraph.TryLoad(path, app.Services.GetRequiredService<SupergraphLoader>().Load, error) is not { } loaded)
        {
            return CommandLineSupergraph.Failed;
        }

        app.Services.GetRequiredService<SupergraphProvider>().Install(loaded.Gateway, loaded.File, Stopwatch.GetElapsedTime(started));
        app.MapGatewayEndpoints();
        await app.RunAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
