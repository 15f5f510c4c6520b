using System.Globalization;

namespace GameLibrary.Gateway.LoadTest;

/// <summary>The harness's command line.</summary>
/// <param name="Clients">Concurrent closed-loop clients (open loop: the most connections to a gateway).</param>
/// <param name="Duration">How long each measured run lasts.</param>
/// <param name="Warmup">How long each gateway is loaded, unmeasured, before each measured run.</param>
/// <param name="Build">Whether to build our gateway (Release) first.</param>
/// <param name="FanoutSubscribers">With --fanout: how many subscribers of one board (the fan-out benchmark instead).</param>
/// <param name="FanoutEvents">With --fanout: how many boards are published and timed.</param>
/// <param name="FanoutWarmupEvents">With --fanout: boards published first and not timed (the JIT tiers up the per-subscriber path).</param>
/// <param name="GatewayGc">With --fanout: the gateway's GC (server, server-no-datas, workstation, workstation-nonconcurrent); null keeps its own setting.</param>
/// <param name="ClientsNice">With --fanout --clients-nice: the harness's threads (clients and subgraph) run at this nice value, the gateway at 0, so the clients sharing its cores take them only when it does not need them (Linux; null: all at the harness's own).</param>
/// <param name="DeferredReads">With --fanout --deferred-reads: the clients keep no read pending while a board is out; the harness drains their sockets 500 ms after each publish, and the kernel's receive times say when the gateway's send reached each (the clients take none of the cores the gateway sends on).</param>
/// <param name="GatewayAssembly">A GameLibrary.Gateway.dll to run as ours instead of the repository's Release build (A/B runs of saved builds; implies --no-build).</param>
/// <param name="GatewayEnvironment">Extra environment variables of our gateway (--gateway-env NAME=VALUE, repeatable), e.g. runtime knobs.</param>
/// <param name="Deep">With --deep: the benchmark's subgraphs and deep query instead of the interop ones.</param>
/// <param name="Gateways">With --gateways: the gateways run, by key (ours always first); default ours and Apollo's.</param>
/// <param name="Rate">With --rate: open-loop load at this many requests per second instead of closed-loop clients.</param>
/// <param name="Rounds">With --rounds: measured runs per gateway and query, the gateways' order rotated each round.</param>
/// <param name="CandidateAssembly">With ours-b among the gateways (--b-gateway): the candidate's GameLibrary.Gateway.dll (default: the same as ours).</param>
/// <param name="CandidateEnvironment">With ours-b (--b-env NAME=VALUE, repeatable): the candidate's extra environment variables.</param>
/// <param name="Trace">With --trace: an EventPipe CPU sample trace of our gateway during its first measured run, written to this .nettrace file and analysed after the tables.</param>
/// <param name="TraceTop">With --trace or --analyze-trace: how many methods and namespaces the profile lists.</param>
/// <param name="AnalyzeTrace">With --analyze-trace: only analyse this .nettrace file (from an earlier --trace), no load.</param>
/// <param name="TraceCallers">With --trace or --analyze-trace: also list the stacks of the samples whose method contains this text (--trace-callers).</param>
/// <param name="Soak">With --soak: the soak instead (mixed load on the real platform), for --minutes (default 30), a row every --sample seconds (default 60).</param>
internal sealed record LoadSettings(
    int Clients,
    TimeSpan Duration,
    TimeSpan Warmup,
    bool Build,
    int? FanoutSubscribers = null,
    int FanoutEvents = 20,
    int FanoutWarmupEvents = 5,
    string? GatewayGc = null,
    int? ClientsNice = null,
    bool DeferredReads = false,
    string? GatewayAssembly = null,
    IReadOnlyDictionary<string, string>? GatewayEnvironment = null,
    bool Deep = false,
    IReadOnlyList<string>? Gateways = null,
    int? Rate = null,
    int Rounds = 1,
    string? CandidateAssembly = null,
    IReadOnlyDictionary<string, string>? CandidateEnvironment = null,
    string? Trace = null,
    int TraceTop = 30,
    string? AnalyzeTrace = null,
    string? TraceCallers = null,
    Soak.SoakSettings? Soak = null)
{
    /// <summary>The gateways run when --gateways is not given.</summary>
    public static IReadOnlyList<string> DefaultGateways { get; } = ["ours", "apollo"];

    /// <summary>Reads the options; anything unknown is an error.</summary>
    public static LoadSettings Parse(string[] args)
    {
        var settings = new LoadSettings(16, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(5), Build: true);
        for (int i = 0; i < args.Length; i++)
        {
            settings = args[i] switch
            {
                "--clients" => settings with { Clients = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--seconds" => settings with { Duration = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture)) },
                "--warmup" => settings with { Warmup = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture)) },
                "--no-build" => settings with { Build = false },
                "--deep" => settings with { Deep = true },
                "--ours-only" => settings with { Gateways = ["ours"] },
                "--gateways" => settings with { Gateways = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--all" => settings with { Gateways = ["ours", "apollo", "hive", "hive-router", "grafbase"] },
                "--rate" => settings with { Rate = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--rounds" => settings with { Rounds = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--b-gateway" => settings with { CandidateAssembly = Path.GetFullPath(args[++i]), Build = false },
                "--b-env" => settings with { CandidateEnvironment = WithVariable(settings.CandidateEnvironment, args[++i]) },
                "--trace" => settings with { Trace = Path.GetFullPath(args[++i]) },
                "--trace-top" => settings with { TraceTop = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--trace-callers" => settings with { TraceCallers = args[++i] },
                "--analyze-trace" => settings with { AnalyzeTrace = Path.GetFullPath(args[++i]) },
                "--fanout" => settings with { FanoutSubscribers = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--events" => settings with { FanoutEvents = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--warmup-events" => settings with { FanoutWarmupEvents = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--gateway-gc" => settings with { GatewayGc = args[++i] },
                "--clients-nice" => settings with { ClientsNice = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--deferred-reads" => settings with { DeferredReads = true },
                "--gateway-env" => settings with { GatewayEnvironment = WithVariable(settings.GatewayEnvironment, args[++i]) },
                "--soak" => settings with { Soak = new Soak.SoakSettings(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(1), ThinkTime: TimeSpan.FromMilliseconds(20)) },
                "--minutes" => settings with { Soak = RequireSoak(settings, args[i]) with { Duration = TimeSpan.FromMinutes(double.Parse(args[++i], CultureInfo.InvariantCulture)) } },
                "--sample" => settings with { Soak = RequireSoak(settings, args[i]) with { SampleInterval = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture)) } },
                "--gateway" => settings with { GatewayAssembly = Path.GetFullPath(args[++i]), Build = false },
                _ => throw new ArgumentException(
                    $"Unknown option {args[i]}. Options: --clients <n> --seconds <s> --warmup <s> --no-build --deep --ours-only "
                    + "--gateways <ours,ours-b,apollo,hive,hive-router,grafbase> --all --rate <requests/s> --rounds <n> --gateway <GameLibrary.Gateway.dll> "
                    + "--gateway-env NAME=VALUE --b-gateway <GameLibrary.Gateway.dll> --b-env NAME=VALUE --trace <file.nettrace> --trace-top <n> --trace-callers <method>, or --analyze-trace <file.nettrace>, or --fanout <subscribers> "
                    + "--events <n> --warmup-events <n> --clients-nice <n> --deferred-reads --gateway <GameLibrary.Gateway.dll> --gateway-env NAME=VALUE "
                    + "--gateway-gc <server|server-no-datas|workstation|workstation-nonconcurrent>, or --soak --minutes <m> --sample <s>."),
            };
        }

        return settings;
    }

    private static Dictionary<string, string> WithVariable(IReadOnlyDictionary<string, string>? variables, string assignment) =>
        new(variables ?? new Dictionary<string, string>())
        {
            [assignment.Split('=', 2)[0]] = assignment.Split('=', 2)[1],
        };

    private static Soak.SoakSettings RequireSoak(LoadSettings settings, string option) =>
        settings.Soak ?? throw new ArgumentException($"{option} needs --soak before it.");
}
