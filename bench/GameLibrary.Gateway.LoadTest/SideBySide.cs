using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GameLibrary.Gateway.LoadTest.Gateways;

namespace GameLibrary.Gateway.LoadTest;

/// <summary>
/// One run: the workload's Node subgraphs and every chosen gateway (ours and peers, <see cref="GatewayLauncher"/>)
/// on the same supergraph and subgraph URLs; each response compared with ours; then, query by query and round by
/// round, the same load on each gateway in turn (never two at once; the order rotated each round so a change in the
/// machine's background load does not always fall on the same gateway); then a table per query with ours as a
/// ratio to each peer. When the subgraphs count requests (--deep), also the subgraph requests of one query alone
/// and per client request under load.
/// </summary>
internal sealed class SideBySide(RepositoryPaths paths, LoadSettings settings, Workload workload, ProcessGroup processes)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Runs everything; 0 when every gateway answered as ours did and was measured, 1 otherwise.</summary>
    public async Task<int> RunAsync()
    {
        var launchers = Launchers(settings.Gateways ?? LoadSettings.DefaultGateways);
        await NodePackage.EnsureInstalledAsync(workload.NodeSubgraphs).ConfigureAwait(false);
        if (launchers.Any(l => l is not OurGatewayLauncher))
        {
            await NodePackage.EnsureInstalledAsync(paths.PeerGateways).ConfigureAwait(false);
        }

        if (settings.Build)
        {
            await BuildOurGatewayAsync(paths).ConfigureAwait(false);
        }

        var subgraphs = new Dictionary<string, string>();
        foreach (string name in workload.Subgraphs)
        {
            var process = processes.Add(ChildProcess.Start(
                $"subgraph {name}", "node", ["serve.mjs", name], workload.NodeSubgraphs, new Dictionary<string, string> { ["PORT"] = "0", ["EXIT_WITH_STDIN"] = "1" }));
            subgraphs[name] = await process.WaitForReadyLineAsync(StartTimeout).ConfigureAwait(false);
        }

        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = settings.Clients,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        });
        var scratch = Directory.CreateTempSubdirectory("gamelibrary-loadtest-");
        try
        {
            var setup = new GatewaySetup(paths, processes, workload.Supergraph, subgraphs, scratch.FullName, http, settings.GatewayAssembly, settings.GatewayEnvironment, settings.CandidateAssembly, settings.CandidateEnvironment);
            var gateways = new List<Gateway>();
            foreach (var launcher in launchers)
            {
                gateways.Add(await launcher.StartAsync(setup).ConfigureAwait(false));
                Console.WriteLine($"started {gateways[^1].Name} at {gateways[^1].Url}");
            }

            return await MeasureAsync(http, gateways, subgraphs).ConfigureAwait(false);
        }
        finally
        {
            processes.Dispose();
            scratch.Delete(recursive: true);
        }
    }

    private async Task<int> MeasureAsync(HttpClient http, List<Gateway> gateways, Dictionary<string, string> subgraphs)
    {
        ILoad load = settings.Rate is { } rate ? new OpenLoopLoad(http, rate) : new ClosedLoopLoad(http, settings.Clients);
        var counter = workload.CountsRequests ? new SubgraphRequestCounter(http, subgraphs.Values) : null;
        bool allSame = true;
        var tables = new List<(LoadQuery Query, List<GatewayMeasurement> Rows)>();
        foreach (var query in workload.Queries)
        {
            byte[] body = query.Body();
            var same = await SameAsOursAsync(http, gateways, query).ConfigureAwait(false);
            allSame &= same.All(s => s);
            var alone = new long?[gateways.Count];
            if (counter is not null)
            {
                for (int g = 0; g < gateways.Count; g++)
                {
                    await counter.ResetAsync().ConfigureAwait(false);
                    await GraphQLPost.SendAsync(http, gateways[g].Url, body).ConfigureAwait(false);
                    alone[g] = await counter.TotalAsync().ConfigureAwait(false);
                }
            }

            var rounds = gateways.Select(_ => new List<LoadResult>()).ToArray();
            for (int round = 0; round < settings.Rounds; round++)
            {
                for (int turn = 0; turn < gateways.Count; turn++)
                {
                    int g = (turn + round) % gateways.Count;
                    // --trace: ours' first measured run of the first query, so the profile covers one run, as the CPU column does.
                    string? trace = settings.Trace is { } path && g == 0 && round == 0 && query == workload.Queries[0] && gateways[g].Name == "ours" ? path : null;
                    var (result, jit) = await LoadOneAsync(http, load, gateways[g], body, counter, trace).ConfigureAwait(false);
                    rounds[g].Add(result);
                    string compiled = jit is { } j ? string.Create(CultureInfo.InvariantCulture, $", JIT in its warm-up and run {j.Methods:N0} methods ({j.Seconds:0.00} s)") : "";
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  round {round + 1}, {gateways[g].Name}: {result.RequestsPerSecond:0} req/s, p99 {result.Percentile(0.99).TotalMilliseconds:0} ms, {result.CpuSecondsPerThousandRequests:0.00} CPU-s / 1,000 req{compiled}, load average {LoadAverage()}"));
                }
            }

            tables.Add((query, [.. gateways.Select((gateway, g) => new GatewayMeasurement(
                gateway.Name, g == 0 && gateway.Name == "ours", LoadResult.Combine(rounds[g]), same[g], alone[g]))]));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{load.Description}; {settings.Rounds} round(s) of {settings.Duration.TotalSeconds:0} s per gateway and query, each after {settings.Warmup.TotalSeconds:0} s of warm-up; one gateway loaded at a time; {Environment.ProcessorCount} cores shared by everything; load average now {LoadAverage()}."));
        foreach (var (query, rows) in tables)
        {
            ComparisonTable.Print(Console.Out, query.Name, rows);
        }

        if (settings.Trace is { } tracePath)
        {
            Console.WriteLine();
            Profiling.CpuProfile.Report(tracePath, settings.TraceTop, Console.Out, settings.TraceCallers);
        }

        return allSame ? 0 : 1;
    }

    private async Task<(LoadResult Result, JitCounters? Jit)> LoadOneAsync(HttpClient http, ILoad load, Gateway gateway, byte[] body, SubgraphRequestCounter? counter, string? tracePath)
    {
        // Read outside the measured run, so the scrape's own CPU is not counted.
        var jitBefore = await JitCounters.ReadAsync(http, gateway.Metrics).ConfigureAwait(false);
        await load.RunAsync(gateway.Url, body, settings.Warmup).ConfigureAwait(false);
        if (counter is not null)
        {
            await counter.ResetAsync().ConfigureAwait(false);
        }

        var trace = tracePath is null ? null : Profiling.CpuTrace.Start(gateway.Process.Id, tracePath);
        var cpuBefore = gateway.Process.ProcessorTime();
        var run = await load.RunAsync(gateway.Url, body, settings.Duration).ConfigureAwait(false);
        var cpu = gateway.Process.ProcessorTime() - cpuBefore;
        if (trace is not null)
        {
            await trace.DisposeAsync().ConfigureAwait(false);
        }

        long? subgraphRequests = counter is null ? null : await counter.TotalAsync().ConfigureAwait(false);
        var jitAfter = await JitCounters.ReadAsync(http, gateway.Metrics).ConfigureAwait(false);
        return (new LoadResult(run.Requests, run.Errors, run.Elapsed, run.Latencies, cpu, gateway.Process.PeakResidentBytes(), subgraphRequests),
            jitAfter - jitBefore);
    }

    private static List<GatewayLauncher> Launchers(IReadOnlyList<string> keys)
    {
        var chosen = new List<GatewayLauncher>();
        foreach (string key in keys)
        {
            chosen.Add(GatewayLauncher.All.FirstOrDefault(l => l.Key == key)
                ?? throw new InvalidOperationException($"Unknown gateway {key}; known: {string.Join(", ", GatewayLauncher.All.Select(l => l.Key))}."));
        }

        // Ours first: the responses and ratios are relative to it.
        return [.. chosen.OrderBy(l => l.Key == "ours" ? 0 : 1)];
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Builds our gateway host in Release.</summary>
    internal static async Task BuildOurGatewayAsync(RepositoryPaths paths)
    {
        Console.WriteLine("Building our gateway (Release)…");
        using var build = ChildProcess.Start("dotnet build", "dotnet", ["build", paths.GatewayProject, "-c", "Release", "--nologo", "-v", "q"], paths.Root);
        if (await build.WaitForExitAsync().ConfigureAwait(false) != 0)
        {
            throw new InvalidOperationException($"Building {paths.GatewayProject} failed:{Environment.NewLine}{build.Output()}");
        }
    }

    /// <summary>Starts our gateway host on a free port and waits until it is ready.</summary>
    internal static async Task<Gateway> StartOursAsync(
        RepositoryPaths paths,
        ProcessGroup processes,
        string supergraph,
        Dictionary<string, string> subgraphs,
        HttpClient http,
        IDictionary<string, string>? environment = null,
        string? gatewayAssembly = null,
        string name = "ours")
    {
        int port = FreePort();
        var arguments = new List<string> { gatewayAssembly ?? paths.GatewayAssembly, "--supergraph", supergraph, "--port", port.ToString(CultureInfo.InvariantCulture) };
        arguments.AddRange(subgraphs.Select(s => $"--Gateway:Subgraphs:{s.Key}:Url={s.Value}"));
        var process = processes.Add(ChildProcess.Start(name, "dotnet", arguments, paths.Root, environment));
        var origin = new Uri($"http://127.0.0.1:{port}/");
        var started = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var ready = await http.GetAsync(new Uri(origin, "health/ready")).ConfigureAwait(false);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return new Gateway(name, new Uri(origin, "graphql"), process, new Uri(origin, "metrics"));
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (started.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"Our gateway ({name}) was not ready within {StartTimeout.TotalSeconds:0} s. Its output:{Environment.NewLine}{process.Output()}");
            }

            await Task.Delay(200).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends the query once to each gateway; for each, whether its normalised response equals ours (the first
    /// gateway's) and has no errors. A difference is printed in full.
    /// </summary>
    private static async Task<bool[]> SameAsOursAsync(HttpClient http, List<Gateway> gateways, LoadQuery query)
    {
        var answers = new List<string>();
        foreach (var gateway in gateways)
        {
            using var content = new ByteArrayContent(query.Body());
            content.Headers.ContentType = new("application/json");
            using var response = await http.PostAsync(gateway.Url, content).ConfigureAwait(false);
            answers.Add(JsonNormalizer.Normalize(await response.Content.ReadAsStringAsync().ConfigureAwait(false)));
        }

        var same = answers.Select(a => a == answers[0] && !a.Contains("\"errors\"", StringComparison.Ordinal)).ToArray();
        Console.WriteLine($"{(same.All(s => s) ? "same response" : "DIFFERENT RESPONSES")} ({Encoding.UTF8.GetByteCount(answers[0])} bytes): {query.Name}");
        for (int i = 0; i < gateways.Count; i++)
        {
            if (!same[i])
            {
                Console.WriteLine($"  {gateways[i].Name}: {answers[i]}");
            }
        }

        return same;
    }

    /// <summary>A running gateway under test; <paramref name="Metrics"/>: ours' Prometheus endpoint, for its JIT counters.</summary>
    internal sealed record Gateway(string Name, Uri Url, ChildProcess Process, Uri? Metrics = null);
}
