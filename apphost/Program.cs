using System.CommandLine;

using GameLibrary.AppHost;
using GameLibrary.AppHost.Cli;
using GameLibrary.AppHost.Platform;

// The launcher handles Ctrl-C itself (ShutdownSignal), to stop the children in order: the parser must not race it.
return await AppHostCommand.Create(PlatformLauncher.RunAsync, [.. SubgraphDefinition.All.Select(subgraph => subgraph.Port)])
    .Parse(args)
    .InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
