using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Runtime;
using System.Text;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Composition;
using GameLibrary.Subgraph.Toolkit.Hosting;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GameLibrary.Gateway.LoadTest.Fanout;

/// <summary>
/// Many viewers of one board through one gateway: a GraphQL.NET subgraph in this process streams
/// <c>leaderboardUpdated</c>; our gateway host runs as a child process; this process opens the subscriptions (SSE and
/// graphql-transport-ws alternately), publishes a few untimed warm-up boards, then boards one at a time at the subgraph
/// and times each until the last subscriber has it. Reports publish-to-first and publish-to-last-subscriber latency
/// (the clients' reads), publish-to-the-last-subscriber's-socket latency (the kernel's receive time of the same reads),
/// the gateway's memory per idle subscriber (VmRSS growth over the subscriptions, 2 s and 17 s after the last one
/// opened), gateway and harness CPU per delivered event, the load average around the timed boards and the upstream
/// subscriptions the subgraph saw.
/// </summary>
internal sealed class FanoutBenchmark(RepositoryPaths paths, ProcessGroup processes, int subscribers, LoadSettings settings)
{
    private const string Subscription = """{"query":"subscription { leaderboardUpdated(gameId: 1) { sequence scores } }"}""";
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(15);

    // With deferred reads: how long after a publish the harness drains the sockets — past the slowest delivery seen
    // here on an idle machine (~185 ms), so the drain does not share the cores with the gateway's sends.
    private static readonly TimeSpan DrainDelay = TimeSpan.FromMilliseconds(500);

    // While a board is out the harness makes no GC of its own (a pause would hold back the publish or the clients): it
    // allocates far less than this per board.
    private const long NoGcBudget = 32 * 1024 * 1024;

    private const string AllocatedBytes = "dotnet_gc_heap_total_allocated_bytes";
    private const string IdleTrims = "gamelibrary_gateway_memory_idle_trim_duration_seconds";
    private static readonly double NanosecondsPerTick = 1e9 / Stopwatch.Frequency;

    // Untimed boards continue past --warmup-events until the gateway's JIT has compiled nothing for this many boards in a
    // row (tiering promotes a method called once per board only after ~30 boards, then again after its PGO tier), at
    // most MaxWarmupBoards: a recompilation during a timed board takes a core from the delivery for tens of ms.
    private const int JitQuietBoards = 10;
    private const int MaxWarmupBoards = 300;
    private const string JitCompiledMethods = "dotnet_jit_compiled_methods";

    private readonly int _minimumWarmup = settings.FanoutWarmupEvents;
    private int _warmup;
    private bool _jitQuiet;
    private readonly int _events = settings.FanoutEvents;
    private readonly DeferredReads? _deferred = settings.DeferredReads ? new DeferredReads() : null;
    private int _lateDrains;
    private int _harnessGcs;
    private long[] _received = [];
    private long[] _firstArrival = [];
    private long[] _lastArrival = [];
    private long[] _published = [];
    private long[] _publishedRealtime = [];
    private long[] _lastInSocket = [];
    private long[] _firstInSocket = [];
    private int _inSocketAfterRead;
    private int _inSocketUnknown;
    private long _widestPublishBracket;
    private long _largestClockShift;
    private int _open;

    public async Task<int> RunAsync()
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
        {
            throw new PlatformNotSupportedException("The fan-out benchmark reads the kernel's receive times (SO_TIMESTAMPNS through recvmsg) and /proc: 64-bit Linux only.");
        }

        // Before this process's first socket: the runtime reads it once. A received event's continuation (a scan of its
        // bytes) then runs on the socket engine's threads (one per core when inline) instead of hopping to the thread
        // pool, so the clients take less CPU from the cores the gateway needs.
        Environment.SetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");
        if (settings.Build)
        {
            await SideBySide.BuildOurGatewayAsync(paths).ConfigureAwait(false);
        }

        // The viewers' handshakes block a pool thread each (RawSubscriber): up to ~400 are under way at once.
        ThreadPool.GetMinThreads(out int workers, out int completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, 400), completionPorts);
        int boards = Math.Max(_minimumWarmup, MaxWarmupBoards) + _events;
        _received = new long[boards + 1];
        _firstArrival = new long[boards + 1];
        _lastArrival = new long[boards + 1];
        _published = new long[boards + 1];
        _publishedRealtime = new long[boards + 1];
        _lastInSocket = new long[boards + 1];
        _firstInSocket = new long[boards + 1];
        Array.Fill(_firstInSocket, long.MaxValue);
        Array.Fill(_firstArrival, long.MaxValue);
        var feed = new BoardFeed();
        await using var subgraph = await StartSubgraphAsync(feed).ConfigureAwait(false);
        var subgraphUrl = new Uri(new Uri(subgraph.Urls.Single()), "/graphql");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue }) { Timeout = Timeout.InfiniteTimeSpan };
        string supergraph = Path.Combine(Path.GetTempPath(), $"fanout-supergraph-{Environment.ProcessId}.graphql");
        await File.WriteAllTextAsync(supergraph, await ComposeAsync(http, subgraphUrl).ConfigureAwait(false)).ConfigureAwait(false);
        var gateway = await SideBySide.StartOursAsync(
            paths, processes, supergraph, new Dictionary<string, string> { ["board"] = subgraphUrl.ToString() }, http, GatewayEnvironment(), settings.GatewayAssembly)
            .ConfigureAwait(false);

        // After the gateway started (a child takes the nice value of the thread that starts it): the gateway stays at 0.
        if (settings.ClientsNice is { } nice)
        {
            Console.WriteLine($"Harness threads (clients and subgraph) at nice {nice}, the gateway at 0: {ThreadPriority.LowerHarness(nice)} threads set.");
        }

        // The baseline: the gateway warmed by one subscription over each transport that comes and goes, so the code
        // (and the pages of the assemblies) both paths run are not counted as memory of the subscribers.
        using (var warm = new CancellationTokenSource())
        {
            Task[] both = [SubscribeSseAsync(gateway.Url, null, warm.Token), SubscribeWebSocketAsync(gateway.Url, null, warm.Token)];
            await WaitAsync(() => Active(gateway, http) == 2, "the warm-up subscriptions").ConfigureAwait(false);
            await warm.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(both).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await WaitAsync(() => feed.Subscribers == 0, "the warm-up subscriptions to end").ConfigureAwait(false);
        }

        await Task.Delay(1000).ConfigureAwait(false);
        Volatile.Write(ref _open, 0);
        long baseline = ProcessTree.ResidentBytes(gateway.Process.Id);

        Console.WriteLine($"Opening {subscribers:N0} subscriptions (SSE and WebSocket alternately)…");
        using var stop = new CancellationTokenSource();
        var clients = new List<Task>(subscribers);
        var opening = Stopwatch.StartNew();
        for (int i = 0; i < subscribers; i++)
        {
            clients.Add(i % 2 == 0 ? SubscribeSseAsync(gateway.Url, _deferred, stop.Token) : SubscribeWebSocketAsync(gateway.Url, _deferred, stop.Token));
            if (i % 200 == 199)
            {
                // Let the accept queue drain: a burst of 10,000 connects overflows the loopback backlog.
                await WaitAsync(() => Volatile.Read(ref _open) >= i - 400, "subscriptions to open").ConfigureAwait(false);
            }
        }

        await WaitAsync(() => Volatile.Read(ref _open) == subscribers || Failed(clients), () => $"every subscription to open ({Volatile.Read(ref _open)} did)").ConfigureAwait(false);
        await WaitAsync(() => Active(gateway, http) >= subscribers, () => $"the gateway to count every subscription (it counts {Active(gateway, http)})").ConfigureAwait(false);
        Console.WriteLine($"  open after {opening.Elapsed.TotalSeconds:0.0} s");
        await Task.Delay(2000).ConfigureAwait(false);
        long loaded = ProcessTree.ResidentBytes(gateway.Process.Id);

        // Settled: past the 10 s connection_init window of the last WebSockets, Kestrel's pool eviction and a few GCs.
        await Task.Delay(SettleTime).ConfigureAwait(false);
        long settled = ProcessTree.ResidentBytes(gateway.Process.Id);
        int upstream = feed.Subscribers;

        // The gateway's idle heap trim (ADR 0019) runs once the subscribers are idle: the 17 s reading comes after it.
        string settledMetrics = Metrics(gateway, http);
        double trims = Counter(settledMetrics, IdleTrims + "_count");
        double trimSeconds = Counter(settledMetrics, IdleTrims + "_sum");

        // The burst of connections left their state in generation 1, which the gateway's next gen-1 GC copies into gen 2:
        // a one-off pause (0.1-1.5 s on this machine) that a long-running gateway pays once per burst, and that decided
        // the p99 of whichever timed board it fell on in 6 of 11 earlier runs. The harness asks for that collection now,
        // as a heap dump would, and reports its pause, so the timed boards measure delivery and not the burst's GC.
        var gcBeforeInduced = GcTotals.Of(Metrics(gateway, http));
        await InducedGc.CollectAsync(gateway.Process.Id, () => GcTotals.Of(Metrics(gateway, http)).Collections, EventTimeout).ConfigureAwait(false);
        var gcAfterInduced = GcTotals.Of(Metrics(gateway, http));
        await Task.Delay(2000).ConfigureAwait(false);
        long collected = ProcessTree.ResidentBytes(gateway.Process.Id);

        // Untimed: the first boards through a fresh process run the per-subscriber path in tier-0 code, and the gateway's
        // JIT keeps promoting methods for a few dozen boards more.
        for (long compiled = -1, quiet = 0; _warmup < _minimumWarmup || (quiet < JitQuietBoards && _warmup < MaxWarmupBoards);)
        {
            await PublishAsync(feed, ++_warmup).ConfigureAwait(false);
            long now = (long)Counter(Metrics(gateway, http), JitCompiledMethods);
            if (now == 0)
            {
                throw new InvalidOperationException($"The gateway's /metrics has no {JitCompiledMethods} (the runtime's System.Runtime meter).");
            }

            quiet = now == compiled ? quiet + 1 : 0;
            compiled = now;
            _jitQuiet = quiet >= JitQuietBoards;
        }

        boards = _warmup + _events;

        // A CPU sample trace (--trace) of the gateway over the timed boards only: where its time per delivered event goes.
        var trace = settings.Trace is null ? null : Profiling.CpuTrace.Start(gateway.Process.Id, settings.Trace);
        var gatewayBefore = CpuTimes.Of(gateway.Process.Id);
        var harnessBefore = CpuTimes.Of(Environment.ProcessId);
        var socketThreadsBefore = SocketThreadsCpu.Total();
        var machineBefore = MachineCpu.Busy();
        double loadBefore = LoadAverage();
        var last = new List<double>();
        var first = new List<double>();
        var inSocket = new List<double>();
        var readLag = new List<double>();
        var spread = new List<string>();
        int inSocketBeforeRead = 0;
        int inSocketUnknownBefore = Volatile.Read(ref _inSocketUnknown);
        var perBoard = new List<string>();
        string metricsBefore = Metrics(gateway, http);
        var gcBefore = GcTotals.Of(metricsBefore);
        var gc = gcBefore;
        for (int sequence = _warmup + 1; sequence <= boards; sequence++)
        {
            long published = await PublishAsync(feed, sequence).ConfigureAwait(false);
            double latest = Stopwatch.GetElapsedTime(published, Interlocked.Read(ref _lastArrival[sequence])).TotalMilliseconds;
            last.Add(latest);
            first.Add(Stopwatch.GetElapsedTime(published, Interlocked.Read(ref _firstArrival[sequence])).TotalMilliseconds);
            long lastInSocket = Interlocked.Read(ref _lastInSocket[sequence]);
            double queued = (lastInSocket - _publishedRealtime[sequence]) / 1e6;
            inSocket.Add(queued);
            readLag.Add(latest - queued);
            spread.Add(string.Create(CultureInfo.InvariantCulture, $"{(Interlocked.Read(ref _firstInSocket[sequence]) - _publishedRealtime[sequence]) / 1e6:0.0}-{queued:0.0}"));
            inSocketBeforeRead += lastInSocket > 0 && queued <= latest ? 1 : 0;

            // Scraped in the pause after the board (which PublishAsync waits out), so the scrape is not timed.
            var now = GcTotals.Of(Metrics(gateway, http));
            perBoard.Add(string.Create(CultureInfo.InvariantCulture, $"{latest:0} ({now.Collections - gc.Collections} GC, {(now.PauseSeconds - gc.PauseSeconds) * 1000:0} ms)"));
            gc = now;
        }

        var gatewayCpu = CpuTimes.Of(gateway.Process.Id) - gatewayBefore;
        string metricsAfter = Metrics(gateway, http);
        var harnessCpu = CpuTimes.Of(Environment.ProcessId) - harnessBefore;
        var socketThreadsCpu = SocketThreadsCpu.Total() - socketThreadsBefore;
        var othersCpu = MachineCpu.Busy() - machineBefore - gatewayCpu.Total - harnessCpu.Total;
        double loadAfter = LoadAverage();
        if (trace is not null)
        {
            await trace.DisposeAsync().ConfigureAwait(false);
        }

        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(clients.Select(c => c.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);

        last.Sort();
        first.Sort();
        inSocket.Sort();
        double deliveries = (double)subscribers * _events;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{subscribers:N0} subscriptions to one board ({subscribers / 2:N0} SSE, {subscribers - (subscribers / 2):N0} WebSocket), {_warmup} untimed boards then {_events} timed ones, published one at a time; gateway {settings.GatewayAssembly ?? "Release build"}, GC {settings.GatewayGc ?? "as configured"}{(settings.ClientsNice is { } clientsNice ? $", harness at nice {clientsNice}" : "")}{(_deferred is null ? "" : $", reads deferred (sockets drained {DrainDelay.TotalMilliseconds:0} ms after each publish: the read columns are the drain's, the kernel's columns the gateway's; the gateway's keep-alives off)")}{string.Concat((settings.GatewayEnvironment ?? new Dictionary<string, string>()).Select(e => $", {e.Key}={e.Value}"))}; {Environment.ProcessorCount} cores shared by subgraph, gateway and clients."));
        Console.WriteLine("| upstream subscriptions | publish→first p50 | publish→last p50 | p99 | max | publish→in the last subscriber's socket (kernel) p50 | p99 | max | gateway memory / idle subscriber (2 s → 17 s after the last opened) | gateway CPU / delivered event (user + sys) | harness CPU / delivered event | load average (1 min) before → after |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {upstream} | {Percentile(first, 0.50):0.0} ms | {Percentile(last, 0.50):0.0} ms | {Percentile(last, 0.99):0.0} ms | {last[^1]:0.0} ms | {Percentile(inSocket, 0.50):0.0} ms | {Percentile(inSocket, 0.99):0.0} ms | {inSocket[^1]:0.0} ms | {(loaded - baseline) / 1024.0 / subscribers:0.0} KB → {(settled - baseline) / 1024.0 / subscribers:0.0} KB | {gatewayCpu.Total.TotalMicroseconds / deliveries:0.0} µs ({gatewayCpu.User.TotalMicroseconds / deliveries:0.0} + {gatewayCpu.System.TotalMicroseconds / deliveries:0.0}) | {harnessCpu.Total.TotalMicroseconds / deliveries:0.0} µs | {loadBefore:0.0} → {loadAfter:0.0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"publish→last per board (ms): {string.Join(' ', last.Select(l => l.ToString("0", CultureInfo.InvariantCulture)))}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"publish→in the last subscriber's socket per board (ms): {string.Join(' ', inSocket.Select(l => l.ToString("0.0", CultureInfo.InvariantCulture)))}"));
        Console.WriteLine($"publish→in the first subscriber's socket - in the last one's, per board in publish order (ms): {string.Join(' ', spread)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"last read − last in a socket per board in publish order (ms): {string.Join(' ', readLag.Select(l => l.ToString("0.0", CultureInfo.InvariantCulture)))}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kernel receive times (SCM_TIMESTAMPNS of each read, CLOCK_REALTIME) against the publish time from clock_gettime(CLOCK_REALTIME) by P/Invoke, resolution {RealtimeClock.ResolutionNanoseconds()} ns (clock_getres); the read times on Stopwatch ({Stopwatch.Frequency:N0} Hz)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check, in the socket no later than read: {(inSocketBeforeRead == _events ? "yes" : "NO")} for the last subscriber of {inSocketBeforeRead} of {_events} boards; {Volatile.Read(ref _inSocketAfterRead):N0} events of all {_warmup + _events} boards read before their kernel receive time; {Volatile.Read(ref _inSocketUnknown) - inSocketUnknownBefore:N0} events over the timed boards without a kernel receive time; the two clocks read at publish within {_widestPublishBracket:N0} ns, their difference moved by at most {_largestClockShift / 1000.0:0.0} µs while a board was out"));
        if (_deferred is not null)
        {
            Console.WriteLine($"deferred reads: {Volatile.Read(ref _lateDrains)} of {boards} boards had not reached every socket at the first drain (drained again until they had)");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"harness CPU on its socket threads (the clients' reads, scans and arrival records) over the timed boards: {socketThreadsCpu.TotalMicroseconds / deliveries:0.00} µs per delivered event"));
        Console.WriteLine($"harness GCs while a board was out: {_harnessGcs} (each board in a no-GC region of {NoGcBudget / (1024 * 1024)} MB)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"other processes' CPU over the timed boards (the machine's busy time less the gateway's and the harness's; 10 ms ticks): {othersCpu.TotalMilliseconds / _events:0} ms per board"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"untimed boards: {_warmup} ({(_jitQuiet ? $"the gateway's JIT compiled no method over the last {JitQuietBoards}" : $"the gateway's JIT was still compiling after {MaxWarmupBoards}")}); methods it compiled over the timed boards: {Counter(metricsAfter, JitCompiledMethods) - Counter(metricsBefore, JitCompiledMethods):0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gateway GCs over the timed boards: {gc.Collections - gcBefore.Collections}, paused {(gc.PauseSeconds - gcBefore.PauseSeconds) * 1000:0} ms in all"));
        Console.WriteLine($"per board in publish order, ms (gateway GCs and their pause from that board's publish to the next one's): {string.Join(", ", perBoard)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"idle heap trims by the gateway before the 17 s reading: {trims:0}, paused {trimSeconds * 1000:0} ms in all"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"before the untimed boards: one induced gateway GC, paused {(gcAfterInduced.PauseSeconds - gcBeforeInduced.PauseSeconds) * 1000:0} ms ({gcAfterInduced.Collections - gcBeforeInduced.Collections} GC); memory / idle subscriber 2 s after it {(collected - baseline) / 1024.0 / subscribers:0.0} KB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gateway allocations over the timed boards: {(Counter(metricsAfter, AllocatedBytes) - Counter(metricsBefore, AllocatedBytes)) / deliveries:0.0} bytes per delivered event (the runtime's dotnet.gc.heap.total_allocated; the per-board /metrics scrapes included)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"events written directly by the delivering thread (not through the subscriber's loop): {Counter(Metrics(gateway, http), "gamelibrary_gateway_subscription_events_written_directly"):N0} of {Counter(Metrics(gateway, http), "gamelibrary_gateway_subscription_events_delivered"):N0} delivered"));
        File.Delete(supergraph);
        if (settings.Trace is { } tracePath)
        {
            Console.WriteLine();
            Profiling.CpuProfile.Report(tracePath, settings.TraceTop, Console.Out, settings.TraceCallers);
        }

        return 0;
    }

    /// <summary>A counter's value summed over its label sets (0 when absent).</summary>
    private static double Counter(string metrics, string name) =>
        metrics.Split('\n').Where(line => line.StartsWith(name, StringComparison.Ordinal) && line.Length > name.Length && line[name.Length] is '{' or ' ' or '_')
            .Where(line => !line.StartsWith(name + "_created", StringComparison.Ordinal))
            .Sum(GcTotals.SampleValue);

    /// <summary>Publishes one board and waits until every subscriber has it; returns when it was published.</summary>
    private async Task<long> PublishAsync(BoardFeed feed, int sequence)
    {
        // Before the publish time is read: starting the region may collect first.
        bool noGc = GC.TryStartNoGCRegion(NoGcBudget);

        // Both clocks at once, the realtime one for the kernel's receive times; the check (no later than the read) relies
        // on their difference not moving while the board is out, which is measured after it.
        (long realtime, long published, long width) = RealtimeClock.WithStopwatch();
        _publishedRealtime[sequence] = realtime;
        _published[sequence] = published;
        feed.Publish(new BoardEvent(sequence, [.. Enumerable.Range(0, 10).Select(rank => 10_000 - (rank * 100) + sequence)]));
        if (_deferred is not null)
        {
            await Task.Delay(DrainDelay).ConfigureAwait(false);
            _deferred.DrainAll();
            if (Interlocked.Read(ref _received[sequence]) != subscribers)
            {
                Interlocked.Increment(ref _lateDrains);
            }

            await WaitAsync(() => Drained(sequence), $"board {sequence} to reach every subscriber").ConfigureAwait(false);
        }
        else
        {
            await WaitAsync(() => Interlocked.Read(ref _received[sequence]) == subscribers, $"board {sequence} to reach every subscriber").ConfigureAwait(false);
        }

        var delivered = RealtimeClock.WithStopwatch();
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }
        else if (noGc)
        {
            _harnessGcs++;
        }

        _widestPublishBracket = Math.Max(_widestPublishBracket, width);
        _largestClockShift = Math.Max(_largestClockShift, Math.Abs(delivered.Realtime - realtime - (long)((delivered.Timestamp - published) * NanosecondsPerTick)));
        await Task.Delay(250).ConfigureAwait(false);
        return published;
    }

    /// <summary>Drains every socket again; whether board <paramref name="sequence"/> has now reached every subscriber.</summary>
    private bool Drained(int sequence)
    {
        _deferred!.DrainAll();
        return Interlocked.Read(ref _received[sequence]) == subscribers;
    }

    /// <summary>The GC preset's variables and any --gateway-env ones (which win).</summary>
    private Dictionary<string, string> GatewayEnvironment()
    {
        var environment = GcEnvironment(settings.GatewayGc) ?? [];

        // The machine is shared: under a load average of 60 and more, a WebSocket's connection_init waited past the
        // default 10 s in the gateway's backlog and the gateway closed it (4408), ending the run.
        environment["Gateway__Transport__ConnectionInitTimeout"] = "00:01:00";
        if (_deferred is not null)
        {
            // A keep-alive (the WebSocket's ping every 15 s) that reached a socket after a board and before its drain
            // would give the drain's read its own, later kernel time; clients that read at once read them apart.
            environment["Gateway__Transport__KeepAliveInterval"] = "00:00:00";
        }

        foreach (var (name, value) in settings.GatewayEnvironment ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <summary>The gateway's GC by the runtime's environment variables (.NET 10: Server GC adapts its heap count, DATAS, by default).</summary>
    private static Dictionary<string, string>? GcEnvironment(string? gc) => gc switch
    {
        null => null,
        "server" => new() { ["DOTNET_gcServer"] = "1" },
        "server-no-datas" => new() { ["DOTNET_gcServer"] = "1", ["DOTNET_GCDynamicAdaptationMode"] = "0" },
        "workstation" => new() { ["DOTNET_gcServer"] = "0", ["DOTNET_gcConcurrent"] = "1" },
        "workstation-nonconcurrent" => new() { ["DOTNET_gcServer"] = "0", ["DOTNET_gcConcurrent"] = "0" },
        _ => throw new InvalidOperationException($"Unknown --gateway-gc {gc}: server, server-no-datas, workstation or workstation-nonconcurrent."),
    };

    private static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    /// <summary>Throws the first failure of a subscriber, so a broken run says why.</summary>
    private static bool Failed(List<Task> clients) =>
        clients.FirstOrDefault(c => c.IsFaulted) is { } failed ? throw new InvalidOperationException($"A subscriber failed: {failed.Exception!.InnerException}") : false;

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static async Task<WebApplication> StartSubgraphAsync(BoardFeed feed)
    {
        var builder = SubgraphHost.CreateBuilder(["--environment", "Development"], new SubgraphDescriptor("board", 4999));
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSubgraphSchema<BoardSchema>();
        builder.Services.AddSingleton(feed);
        var app = builder.Build();
        app.MapSubgraphEndpoints();
        await app.StartAsync().ConfigureAwait(false);
        return app;
    }

    private static async Task<string> ComposeAsync(HttpClient http, Uri subgraph)
    {
        using var response = await http.PostAsJsonAsync(subgraph, new { query = "{ _service { sdl } }" }).ConfigureAwait(false);
        string sdl = JsonNode.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false))!["data"]!["_service"]!["sdl"]!.GetValue<string>();
        var composed = SupergraphComposer.Compose([new SubgraphDefinition("board", subgraph.ToString(), sdl)]);
        return composed.Supergraph ?? throw new InvalidOperationException(string.Join(Environment.NewLine, composed.Errors));
    }

    private static string Metrics(SideBySide.Gateway gateway, HttpClient http) =>
        http.GetStringAsync(new Uri(gateway.Url, "/metrics")).GetAwaiter().GetResult();

    private static int Active(SideBySide.Gateway gateway, HttpClient http)
    {
        string metrics = Metrics(gateway, http);
        var line = metrics.Split('\n').FirstOrDefault(l => l.StartsWith("gamelibrary_gateway_subscriptions_active", StringComparison.Ordinal));
        return line is null ? 0 : (int)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
    }

    private static Task WaitAsync(Func<bool> condition, string what) => WaitAsync(condition, () => what);

    private static async Task WaitAsync(Func<bool> condition, Func<string> what)
    {
        // Off the socket engine's thread, where a socket's continuation may have left us (inline completions): the
        // conditions scrape /metrics synchronously, and blocking that thread would block the scrape's own socket.
        await Task.Yield();
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > EventTimeout)
            {
                throw new InvalidOperationException($"Timed out waiting for {what()}.");
            }

            await Task.Delay(5).ConfigureAwait(false);
        }
    }

    /// <summary>A subscriber read board <paramref name="sequence"/>; the kernel had queued it at <paramref name="inSocket"/> (0: not known).</summary>
    private void Arrived(int sequence, long inSocket)
    {
        long now = Stopwatch.GetTimestamp();
        if (sequence < _received.Length)
        {
            Interlocked.Increment(ref _received[sequence]);
            Raise(ref _lastArrival[sequence], now);
            Lower(ref _firstArrival[sequence], now);
            if (inSocket == 0)
            {
                Interlocked.Increment(ref _inSocketUnknown);
                return;
            }

            Raise(ref _lastInSocket[sequence], inSocket);
            Lower(ref _firstInSocket[sequence], inSocket);
            if (inSocket - _publishedRealtime[sequence] > (now - _published[sequence]) * NanosecondsPerTick)
            {
                Interlocked.Increment(ref _inSocketAfterRead);
            }
        }
    }

    private static void Raise(ref long slot, long value)
    {
        long seen;
        while ((seen = Interlocked.Read(ref slot)) < value && Interlocked.CompareExchange(ref slot, value, seen) != seen)
        {
        }
    }

    private static void Lower(ref long slot, long value)
    {
        long seen;
        while ((seen = Interlocked.Read(ref slot)) > value && Interlocked.CompareExchange(ref slot, value, seen) != seen)
        {
        }
    }

    private async Task SubscribeSseAsync(Uri url, DeferredReads? deferred, CancellationToken cancellationToken)
    {
        using var subscriber = new RawSubscriber(url, deferred);
        await subscriber.SubscribeSseAsync(Subscription, Opened, new SequenceScanner(Arrived), cancellationToken).ConfigureAwait(false);
    }

    private async Task SubscribeWebSocketAsync(Uri url, DeferredReads? deferred, CancellationToken cancellationToken)
    {
        using var subscriber = new RawSubscriber(url, deferred);
        await subscriber.SubscribeWebSocketAsync(Subscription, Opened, new SequenceScanner(Arrived), cancellationToken).ConfigureAwait(false);
    }

    private void Opened() => Interlocked.Increment(ref _open);
}
