using System.Globalization;

namespace GameLibrary.Gateway.LoadTest;

/// <summary>The harness's command line.</summary>
/// <param name="Clients">Concurrent closed-loop clients (open loop: the most connections to a gateway).</param>
/// <param name="Duration">How long each measured run lasts.</param>
/// <param name="Warmup">How long each gateway is loaded, unmeasured, before each measured run.</param>
/// <param name="Build">Whether to build our gateway (Release) first.</param>
/// <param name="FanoutSubscribers">With --fanout: how many subscribers of one board (the fan-out benchmark instead).</param>
/// <param name="FanoutEvents">With --fanout: how many boards are published.</param>
/// <param name="Deep">With --deep: the benchmark's subgraphs and deep query instead of the interop ones.</param>
/// <param name="Gateways">With --gateways: the gateways run, by key (ours always first); default ours and Apollo's.</param>
/// <param name="Rate">With --rate: open-loop load at this many requests per second instead of closed-loop clients.</param>
/// <param name="Rounds">With --rounds: measured runs per gateway and query, the gateways' order rotated each round.</param>
internal sealed record LoadSettings(
    int Clients, TimeSpan Duration, TimeSpan Warmup, bool Build, int? FanoutSubscribers = null, int FanoutEvents = 20, bool Deep = false,
    IReadOnlyList<string>? Gateways = null, int? Rate = null, int Rounds = 1)
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
                "--fanout" => settings with { FanoutSubscribers = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--events" => settings with { FanoutEvents = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException(
                    $"Unknown option {args[i]}. Options: --clients <n> --seconds <s> --warmup <s> --no-build --deep --ours-only "
                    + "--gateways <ours,apollo,hive,hive-router,grafbase> --all --rate <requests/s> --rounds <n>, or --fanout <subscribers> --events <n>."),
            };
        }

        return settings;
    }
}
