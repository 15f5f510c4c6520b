using System.Runtime.InteropServices;
using GameLibrary.Gateway.LoadTest;
using GameLibrary.Gateway.LoadTest.Fanout;
using GameLibrary.Gateway.LoadTest.Platform;
using GameLibrary.Gateway.LoadTest.Soak;

// dotnet run -c Release --project bench/GameLibrary.Gateway.LoadTest -- [--clients 16] [--seconds 20] [--warmup 5] [--no-build] [--deep]
//     [--ours-only | --all | --gateways ours,ours-b,apollo,hive,hive-router,grafbase] [--rate <requests/s>] [--rounds <n>]
//     [--gateway <GameLibrary.Gateway.dll>] [--gateway-env NAME=VALUE] [--b-gateway <GameLibrary.Gateway.dll>] [--b-env NAME=VALUE] [--trace <file.nettrace>] [--trace-top <n>] [--trace-callers <method>]
// dotnet run -c Release --project bench/GameLibrary.Gateway.LoadTest -- --analyze-trace <file.nettrace> [--trace-top <n>] [--trace-callers <method>] [--trace-callers <method>]
// dotnet run -c Release --project bench/GameLibrary.Gateway.LoadTest -- --fanout 10000 [--events 20] [--warmup-events 5] [--gateway <dll>]
//     [--gateway-env NAME=VALUE] [--gateway-gc server|server-no-datas|workstation|workstation-nonconcurrent] [--no-build]
// dotnet run -c Release --project bench/GameLibrary.Gateway.LoadTest -- --soak [--minutes 30] [--sample 60]
var settings = LoadSettings.Parse(args);
var paths = RepositoryPaths.Find();
using var processes = new ProcessGroup();
// Ctrl-C, kill (SIGTERM) or a closed terminal: take every server down before leaving. (Node servers also
// leave when the harness dies outright: their standard input closes.)
// The soak's platform too: its PostgreSQL runs daemonized and would outlive the harness.
ProcessPlatform? soakPlatform = null;
void StopAll()
{
    processes.Dispose();
    soakPlatform?.Dispose();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => StopAll());
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => StopAll());
using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => StopAll());
AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();

try
{
    if (settings.AnalyzeTrace is { } trace)
    {
        GameLibrary.Gateway.LoadTest.Profiling.CpuProfile.Report(trace, settings.TraceTop, Console.Out, settings.TraceCallers);
        return 0;
    }

    if (settings.Soak is { } soak)
    {
        using var platform = soakPlatform = await ProcessPlatform.StartAsync(new PlatformSettings(SoakSettings.Games, PlatformSettings.UnthrottledScoreboard, new Dictionary<string, string>())).ConfigureAwait(false);
        return (await new SoakRun(platform, soak, Console.Out).RunAsync().ConfigureAwait(false)).Passed ? 0 : 1;
    }

    return settings.FanoutSubscribers is { } subscribers
        ? await new FanoutBenchmark(paths, processes, subscribers, settings).RunAsync().ConfigureAwait(false)
        : await new SideBySide(paths, settings, settings.Deep ? Workload.Benchmark(paths) : Workload.Interop(paths), processes).RunAsync().ConfigureAwait(false);
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
