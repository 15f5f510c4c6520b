using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

using GameLibrary.AppHost.Cli;
using GameLibrary.AppHost.Health;
using GameLibrary.AppHost.Output;
using GameLibrary.AppHost.Platform;
using GameLibrary.AppHost.Processes;
using GameLibrary.AppHost.Seeding;

namespace GameLibrary.AppHost;

/// <summary>
/// Brings the platform up and down: Garnet, the catalog's seed run, the subgraphs, the demo data, the gateway — each
/// waited for until ready — then, on Ctrl-C or SIGTERM (or when a child dies), the gateway first, then the
/// subgraphs, then Garnet.
/// </summary>
internal sealed class PlatformLauncher
{
    /// <summary>The launcher's own name in the output.</summary>
    public const string Name = "apphost";

    // ASP.NET Core hosts finish in-flight requests on SIGTERM; a child taking longer than this is killed.
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(15);

    // The seed run and the subgraphs, then the gateway, which calls them: stopped in the reverse order.
    private const int SubgraphTier = 0;
    private const int GatewayTier = 1;

    // --simulate: the game whose board the demo players keep climbing, and how often one of them submits.
    private const long SimulatedGame = 1;
    private static readonly TimeSpan SimulationInterval = TimeSpan.FromSeconds(2);

    private readonly LaunchOptions _options;
    private readonly HostAssemblies _hosts;
    private readonly OutputPrefixer _output;
    private readonly HttpClient _http;
    private readonly ShutdownSignal _signal;

    private PlatformLauncher(LaunchOptions options, HostAssemblies hosts, OutputPrefixer output, HttpClient http, ShutdownSignal signal)
    {
        _options = options;
        _hosts = hosts;
        _output = output;
        _http = http;
        _signal = signal;
    }

    /// <summary>Runs the platform until Ctrl-C or SIGTERM; the command line's action.</summary>
    /// <param name="options">The command line.</param>
    /// <param name="cancellationToken">Unused: <see cref="ShutdownSignal"/> handles the signals, to stop in order.</param>
    /// <returns>0 after a requested stop, 1 when the platform could not start or a child died.</returns>
    public static async Task<int> RunAsync(LaunchOptions options, CancellationToken cancellationToken)
    {
        OutputPrefixer output = new(
            Console.Out,
            OutputPrefixer.ConsoleIsTerminal,
            [Name, PlatformPlan.SeedName, .. SubgraphDefinition.All.Select(subgraph => subgraph.Name), PlatformPlan.GatewayName]);
        using ShutdownSignal signal = new(message => output.Line(Name, message));

        // No proxy: every call goes to loopback.
        using HttpClient http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            HostAssemblies hosts = HostAssemblies.FromMetadata(typeof(PlatformLauncher).Assembly);
            return await new PlatformLauncher(options, hosts, output, http, signal).RunAsync().ConfigureAwait(false);
        }
        catch (LaunchException exception)
        {
            output.Line(Name, exception.Message);
            return 1;
        }
        catch (OperationCanceledException) when (signal.Stopping.IsCancellationRequested)
        {
            return 0;
        }
    }

    private async Task<int> RunAsync()
    {
        PortCheck.EnsureFree([
            .. SubgraphDefinition.All.Select(subgraph => (subgraph.Name, subgraph.Port)),
            (PlatformPlan.GatewayName, _options.GatewayPort),
        ]);
        if (_options.Reseed)
        {
            await DataReset.RunAsync(_options, _hosts.RepositoryRoot, Report, _signal.Stopping).ConfigureAwait(false);
        }

        int exitCode;
        using (BackingStores stores = BackingStores.Start(_options, _hosts.RepositoryRoot))
        {
            Report(stores.Settings.RedisEmbedded
                ? $"embedded Garnet on {stores.Settings.RedisConfiguration}, shared by every service (data: {stores.GarnetDataDirectory})"
                : $"Redis: {stores.Settings.RedisConfiguration}");
            exitCode = await RunChildrenAsync(stores.Settings).ConfigureAwait(false);
        }

        Report("stopped");
        return exitCode;
    }

    private async Task<int> RunChildrenAsync(StoreSettings stores)
    {
        CancellationToken stopping = _signal.Stopping;
        PlatformPlan plan = PlatformPlan.Create(_options, _hosts, stores, ExecutableLookup.Dotnet(), Environment.GetEnvironmentVariable);
        ChildProcessGroup children = new(_output, Report);
        await using ConfiguredAsyncDisposable disposeChildren = children.ConfigureAwait(false);
        try
        {
            if (!_options.NoSeed)
            {
                await SeedCatalogAsync(children, plan.Seed, stopping).ConfigureAwait(false);
            }

            await StartAndWaitAsync(children, plan.Subgraphs, SubgraphTier, stopping).ConfigureAwait(false);
            DemoSession? demo = await DemoAsync(plan, stopping).ConfigureAwait(false);
            await StartAndWaitAsync(children, [plan.Gateway], GatewayTier, stopping).ConfigureAwait(false);
            _output.Block(StartupSummary.Create(plan, stores, _hosts.RepositoryRoot, demo));
            // The simulation ends with the platform: on Ctrl-C, and also when a child dies on its own.
            using CancellationTokenSource simulating = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            Task simulation = _options.Simulate ? SimulateAsync(plan, simulating.Token) : Task.CompletedTask;
            int exitCode = await RunUntilStoppedAsync(children, stopping).ConfigureAwait(false);
            await simulating.CancelAsync().ConfigureAwait(false);
            await simulation.ConfigureAwait(false);
            return exitCode;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return 0;
        }
        catch (LaunchException exception)
        {
            _output.Line(Name, exception.Message);
            return 1;
        }
        finally
        {
            // The gateway stops taking requests before the subgraphs it calls go away.
            await children.StopAllAsync(GracePeriod, _signal.Forced).ConfigureAwait(false);
        }
    }

    /// <summary>Runs the catalog's <c>seed</c> command, which creates the schema and seeds only an empty catalog.</summary>
    private async Task SeedCatalogAsync(ChildProcessGroup children, ProcessSpec seed, CancellationToken stopping)
    {
        Report(string.Create(CultureInfo.InvariantCulture, $"seeding the catalog with {_options.Games} games if it is empty"));
        ChildProcess child = children.Start(seed, SubgraphTier);
        int exitCode = await child.Exited.WaitAsync(stopping).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new LaunchException(Explain(child, $"seeding the catalog failed (exit code {exitCode})"));
        }
    }

    /// <summary>Starts services together and waits until all are ready; the first that fails ends the wait for the others.</summary>
    private async Task StartAndWaitAsync(ChildProcessGroup children, IReadOnlyList<ServiceSpec> services, int tier, CancellationToken stopping)
    {
        using CancellationTokenSource failed = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        foreach (ServiceSpec service in services)
        {
            Report($"starting {service.Name} ({service.Listening})");
        }

        Task[] waits = [.. services.Select(service => (Service: service, Child: children.Start(service.Process, tier))).Select(async started =>
        {
            try
            {
                await WaitReadyAsync(started.Service, started.Child, failed.Token).ConfigureAwait(false);
            }
            catch (LaunchException)
            {
                await failed.CancelAsync().ConfigureAwait(false);
                throw;
            }
        })];
        try
        {
            await Task.WhenAll(waits).ConfigureAwait(false);
        }
        catch when (waits.Select(wait => wait.Exception?.InnerException).OfType<LaunchException>().FirstOrDefault() is { } failure)
        {
            // Task.WhenAll rethrows the first task's exception: the others' cancellation must not hide the failure.
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    private async Task WaitReadyAsync(ServiceSpec service, ChildProcess child, CancellationToken cancellationToken)
    {
        Stopwatch elapsed = Stopwatch.StartNew();
        HealthOutcome outcome = await new HealthWaiter(_http)
            .WaitAsync(service.HealthUrl, child.Exited, _options.StartupTimeout, cancellationToken)
            .ConfigureAwait(false);
        switch (outcome)
        {
            case HealthOutcome.Healthy:
                Report(string.Create(CultureInfo.InvariantCulture, $"{service.Name} is ready on {service.PublicGraphQLUrl} ({elapsed.Elapsed.TotalSeconds:0.0} s)"));
                break;
            case HealthOutcome.Exited:
                throw new LaunchException(Explain(child, $"{service.Name} exited with code {await child.Exited.ConfigureAwait(false)} before it was ready"));
            default:
                throw new LaunchException(Explain(
                    child,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{service.Name} did not become ready within {_options.StartupTimeout.TotalSeconds:0} s ({service.HealthUrl} never answered 200; a slow machine can use --timeout)")));
        }
    }

    /// <summary>Seeds the demo accounts and their scores (or, with --no-seed, only signs in); a failure is reported, not fatal.</summary>
    private async Task<DemoSession?> DemoAsync(PlatformPlan plan, CancellationToken stopping)
    {
        DemoSeeder seeder = new(new GraphQLClient(_http, plan.Users.GraphQLUrl), Report);
        if (_options.NoSeed)
        {
            return await seeder.SignInAsync(stopping).ConfigureAwait(false);
        }

        DemoSession viewer;
        try
        {
            viewer = await seeder.SeedAsync(_options.Games, _options.StartupTimeout, stopping).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is GraphQLException or HttpRequestException)
        {
            Report($"the demo data could not be written: {exception.Message}");
            return await seeder.SignInAsync(stopping).ConfigureAwait(false);
        }

        try
        {
            await new DemoScoreSeeder(new GraphQLClient(_http, plan.Scoreboard.GraphQLUrl), seeder.LoginAsync, Report)
                .SeedAsync(_options.Games, _options.StartupTimeout, stopping)
                .ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is GraphQLException or HttpRequestException)
        {
            Report($"the demo scores could not be submitted: {exception.Message}");
        }

        return viewer;
    }

    /// <summary>Plays the demo accounts on game 1 through the gateway until the platform stops; a failure is reported, not fatal.</summary>
    private async Task SimulateAsync(PlatformPlan plan, CancellationToken stopping)
    {
        Report($"simulating players on game {SimulatedGame}: a score every {SimulationInterval.TotalSeconds:0} s; watch {plan.Gateway.PublicDashboardUrl}?gameId={SimulatedGame}");
        try
        {
            GraphQLClient gateway = new(_http, plan.Gateway.GraphQLUrl);
            await new LeaderboardSimulator(gateway, new DemoSeeder(gateway, Report).LoginAsync, Report)
                .RunAsync(SimulatedGame, SimulationInterval, stopping)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopped with the platform.
        }
        catch (Exception exception) when (exception is GraphQLException or HttpRequestException or TaskCanceledException)
        {
            // TaskCanceledException here is the HTTP client's timeout: the gateway did not answer in time.
            Report($"simulating players stopped: {exception.Message}");
        }
    }

    /// <summary>Waits for Ctrl-C or SIGTERM; a child that exits on its own first brings everything down.</summary>
    private async Task<int> RunUntilStoppedAsync(ChildProcessGroup children, CancellationToken stopping)
    {
        TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
        using CancellationTokenRegistration registration = stopping.Register(() => stopped.TrySetResult());
        List<ChildProcess> services = [.. children.Children.Where(child => !child.Exited.IsCompleted)];
        if (await Task.WhenAny([stopped.Task, .. services.Select(child => child.Exited)]).ConfigureAwait(false) == stopped.Task)
        {
            return 0;
        }

        ChildProcess died = services.First(child => child.Exited.IsCompleted);
        _output.Line(Name, Explain(died, $"{died.Name} exited with code {await died.Exited.ConfigureAwait(false)}; stopping everything"));
        return 1;
    }

    private void Report(string message) => _output.Line(Name, message);

    private static string Explain(ChildProcess child, string what)
    {
        IReadOnlyList<string> lines = child.RecentOutput;
        return lines.Count == 0
            ? $"{what}; it wrote nothing."
            : $"{what}. Its last lines:\n{string.Join('\n', lines.Select(line => $"    {line}"))}";
    }
}
