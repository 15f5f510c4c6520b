using System.CommandLine;

namespace GameLibrary.Gateway.Cli;

/// <summary>
/// The gateway's command line: serve (no command), <c>plan</c> and <c>api-schema</c>. Further tools
/// (composition) join as subcommands here.
/// </summary>
internal static class GatewayCommandLine
{
    public static RootCommand Create(string[] args)
    {
        RootCommand root = new("The GameLibrary federation gateway. Without a command it serves the supergraph over GraphQL HTTP, WebSocket and SSE.")
        {
            PlanCommand.Create(),
            ApiSchemaCommand.Create(),
            ComposeCommand.Create(),
        };
        ServeCommand.Configure(root, args);
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>, writing command output and errors to the given writers (the console by default).</summary>
    /// <returns>The process exit code.</returns>
    public static Task<int> InvokeAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        InvocationConfiguration invocation = new()
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,

            // The host handles Ctrl+C and SIGTERM with a graceful shutdown; the parser must not race it.
            ProcessTerminationTimeout = null,
        };
        return Create(args).Parse(args).InvokeAsync(invocation, cancellationToken);
    }
}
