using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GameLibrary.Gateway.LoadTest;

/// <summary>
/// One run: the four Node subgraphs, our gateway and Apollo's on the same supergraph and URLs; the responses
/// compared; then, query by query, the same load on each gateway in turn (never both at once); then a table.
/// </summary>
internal sealed class SideBySide(RepositoryPaths paths, LoadSettings settings, ProcessGroup processes)
{
    private static readonly string[] SubgraphNames = ["accounts", "products", "reviews", "inventory"];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Runs everything; 0 when the gateways agreed and were measured, 1 when they disagreed.</summary>
    public async Task<int> RunAsync()
    {
        RequireNodeModules(paths.NodeSubgraphs);
        RequireNodeModules(paths.ApolloGateway);
        if (settings.Build)
        {
            await BuildOurGatewayAsync(paths).ConfigureAwait(false);
        }

        var subgraphs = new Dictionary<string, string>();
        foreach (string name in SubgraphNames)
        {
            var process = processes.Add(ChildProcess.Start(
                $"subgraph {name}", "node", ["serve.mjs", name], paths.NodeSubgraphs, new Dictionary<string, string> { ["PORT"] = "0", ["EXIT_WITH_STDIN"] = "1" }));
            subgraphs[name] = await process.WaitForReadyLineAsync(StartTimeout).ConfigureAwait(false);
        }

        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = settings.Clients,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        });
        var gateways = new[]
        {
            await StartOursAsync(paths, processes, paths.Supergraph, subgraphs, http).ConfigureAwait(false),
            await StartApolloAsync(subgraphs).ConfigureAwait(false),
        };

        if (!await SameResponsesAsync(http, gateways).ConfigureAwait(false))
        {
            return 1;
        }

        var load = new ClosedLoopLoad(http, settings.Clients);
        var results = new List<(LoadQuery Query, Gateway Gateway, LoadResult Result)>();
        foreach (var query in LoadQuery.All)
        {
            byte[] body = query.Body();
            foreach (var gateway in gateways)
            {
                await load.RunAsync(gateway.Url, body, settings.Warmup).ConfigureAwait(false);
                var cpuBefore = gateway.Process.ProcessorTime();
                var (requests, errors, elapsed, latencies) = await load.RunAsync(gateway.Url, body, settings.Duration).ConfigureAwait(false);
                var result = new LoadResult(requests, errors, elapsed, latencies, gateway.Process.ProcessorTime() - cpuBefore, gateway.Process.PeakResidentBytes());
                results.Add((query, gateway, result));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {query.Name} / {gateway.Name}: {result.RequestsPerSecond:0} req/s"));
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{settings.Clients} closed-loop clients, {settings.Duration.TotalSeconds:0} s per run after {settings.Warmup.TotalSeconds:0} s of warm-up; one gateway loaded at a time; {Environment.ProcessorCount} cores shared by everything."));
        Console.WriteLine("| query | gateway | req/s | p50 | p95 | p99 | errors | gateway CPU/req | peak RSS |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (query, gateway, result) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {query.Name} | {gateway.Name} | {result.RequestsPerSecond:#,0} | {Ms(result.Percentile(0.50))} | {Ms(result.Percentile(0.95))} | {Ms(result.Percentile(0.99))} | {result.Errors} | {result.CpuMillisecondsPerRequest:0.00} ms | {result.PeakResidentBytes / (1024.0 * 1024.0):0} MB |"));
        }

        return 0;
    }

    private static string Ms(TimeSpan latency) => string.Create(CultureInfo.InvariantCulture, $"{latency.TotalMilliseconds:0.00} ms");

    private static void RequireNodeModules(string folder)
    {
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            throw new InvalidOperationException($"{folder} has no node_modules: run `npm ci --prefix {folder}` first.");
        }
    }

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
        RepositoryPaths paths, ProcessGroup processes, string supergraph, Dictionary<string, string> subgraphs, HttpClient http, IDictionary<string, string>? environment = null, string? gatewayAssembly = null)
    {
        int port = FreePort();
        var arguments = new List<string> { gatewayAssembly ?? paths.GatewayAssembly, "--supergraph", supergraph, "--port", port.ToString(CultureInfo.InvariantCulture) };
        arguments.AddRange(subgraphs.Select(s => $"--Gateway:Subgraphs:{s.Key}:Url={s.Value}"));
        var process = processes.Add(ChildProcess.Start("our gateway", "dotnet", arguments, paths.Root, environment));
        var origin = new Uri($"http://127.0.0.1:{port}/");
        var started = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var ready = await http.GetAsync(new Uri(origin, "health/ready")).ConfigureAwait(false);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return new Gateway("ours", new Uri(origin, "graphql"), process);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (started.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"Our gateway was not ready within {StartTimeout.TotalSeconds:0} s. Its output:{Environment.NewLine}{process.Output()}");
            }

            await Task.Delay(200).ConfigureAwait(false);
        }
    }

    private async Task<Gateway> StartApolloAsync(Dictionary<string, string> subgraphs)
    {
        var arguments = new List<string> { "server.mjs", paths.Supergraph };
        arguments.AddRange(subgraphs.Select(s => $"{s.Key}={s.Value}"));
        var process = processes.Add(ChildProcess.Start(
            "Apollo's gateway", "node", arguments, paths.ApolloGateway, new Dictionary<string, string> { ["PORT"] = "0", ["EXIT_WITH_STDIN"] = "1" }));
        string url = await process.WaitForReadyLineAsync(StartTimeout).ConfigureAwait(false);
        return new Gateway("Apollo @apollo/gateway", new Uri(url), process);
    }

    private static async Task<bool> SameResponsesAsync(HttpClient http, Gateway[] gateways)
    {
        bool same = true;
        foreach (var query in LoadQuery.All)
        {
            var answers = new List<string>();
            foreach (var gateway in gateways)
            {
                using var content = new ByteArrayContent(query.Body());
                content.Headers.ContentType = new("application/json");
                using var response = await http.PostAsync(gateway.Url, content).ConfigureAwait(false);
                answers.Add(JsonNormalizer.Normalize(await response.Content.ReadAsStringAsync().ConfigureAwait(false)));
            }

            bool agree = answers.Distinct(StringComparer.Ordinal).Count() == 1 && !answers[0].Contains("\"errors\"", StringComparison.Ordinal);
            Console.WriteLine($"{(agree ? "same response" : "DIFFERENT RESPONSES")} ({Encoding.UTF8.GetByteCount(answers[0])} bytes): {query.Name}");
            if (!agree)
            {
                for (int i = 0; i < gateways.Length; i++)
                {
                    Console.WriteLine($"  {gateways[i].Name}: {answers[i]}");
                }

                same = false;
            }
        }

        return same;
    }

    /// <summary>A running gateway under test.</summary>
    internal sealed record Gateway(string Name, Uri Url, ChildProcess Process);
}
