using System.CommandLine;

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Subgraph.Toolkit.Hosting;

/// <summary>Runs a built subgraph application.</summary>
public static class SubgraphApplicationExtensions
{
    /// <summary>
    /// Runs the command line: without a command, maps the subgraph endpoints and serves until shut down, on
    /// <c>--port</c>, else the <c>&lt;NAME&gt;_PORT</c> setting, else the configured <c>Urls</c>, else the default port;
    /// <c>schema export [--output file]</c> prints the SDL (or writes it to the file) without serving.
    /// </summary>
    /// <param name="app">The application built from <see cref="SubgraphHost.CreateBuilder"/>.</param>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where command output goes; standard output when <see langword="null"/>.</param>
    /// <returns>The process exit code.</returns>
    public static Task<int> RunSubgraphAsync(this WebApplication app, string[] args, TextWriter? output = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);

        RootCommand root = SubgraphCommandLine.Create(app, app.Services.GetRequiredService<SubgraphDescriptor>());
        InvocationConfiguration invocation = new()
        {
            Output = output ?? Console.Out,

            // The host handles Ctrl+C and SIGTERM with a graceful shutdown; the parser must not race it.
            ProcessTerminationTimeout = null,
        };
        return root.Parse(args).InvokeAsync(invocation);
    }
}
