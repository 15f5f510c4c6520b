using System.CommandLine;
using System.Globalization;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace GameLibrary.Subgraph.Toolkit.Hosting;

/// <summary>The subgraph's command line: serve (no command) or <c>schema export [--output file]</c>.</summary>
internal static class SubgraphCommandLine
{
    public static RootCommand Create(WebApplication app, SubgraphDescriptor descriptor)
    {
        Option<int?> port = new("--port")
        {
            Description = $"The HTTP port to serve on (default: {descriptor.PortVariable}, else Urls, else {descriptor.DefaultPort}).",
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535.");
            }
        });

        Option<FileInfo?> output = new("--output", "-o") { Description = "Write the SDL to this file instead of standard output." };
        Command export = new("export", "Print the subgraph's federation SDL (its _service.sdl, what composition needs).")
        {
            output,
        };
        export.SetAction(async (parseResult, cancellationToken) =>
        {
            string sdl = await SchemaExporter.ExportAsync(app.Services, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, sdl, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await parseResult.InvocationConfiguration.Output.WriteAsync(sdl).ConfigureAwait(false);
            }

            return 0;
        });

        RootCommand root = new($"The {descriptor.Name} subgraph. Without a command it serves GraphQL over HTTP.")
        {
            port,
            new Command("schema", "Schema commands.") { export },
        };

        // Arguments the command line does not know are ASP.NET Core configuration (--environment, --urls, --Auth:SigningKey=…).
        root.TreatUnmatchedTokensAsErrors = false;
        export.TreatUnmatchedTokensAsErrors = false;
        root.SetAction(async (parseResult, _) =>
        {
            if ((parseResult.GetValue(port) ?? ConfiguredPort(app, descriptor)) is { } chosen)
            {
                app.Urls.Clear();
                app.Urls.Add(string.Create(CultureInfo.InvariantCulture, $"http://+:{chosen}"));
            }

            app.MapSubgraphEndpoints();
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        });
        return root;
    }

    /// <summary>The port from <see cref="SubgraphDescriptor.PortVariable"/>; else the default, unless <c>Urls</c> is configured.</summary>
    private static int? ConfiguredPort(WebApplication app, SubgraphDescriptor descriptor)
    {
        if (app.Configuration[descriptor.PortVariable] is { Length: > 0 } value)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) && parsed <= 65535
                ? parsed
                : throw new InvalidOperationException($"{descriptor.PortVariable} must be a port number, not '{value}'.");
        }

        return string.IsNullOrEmpty(app.Configuration[WebHostDefaults.ServerUrlsKey]) ? descriptor.DefaultPort : null;
    }
}
