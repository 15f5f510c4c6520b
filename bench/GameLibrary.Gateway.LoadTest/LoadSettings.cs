using System.Globalization;

namespace GameLibrary.Gateway.LoadTest;

/// <summary>The harness's command line.</summary>
/// <param name="Clients">Concurrent closed-loop clients.</param>
/// <param name="Duration">How long each measured run lasts.</param>
/// <param name="Warmup">How long each gateway is loaded, unmeasured, before each measured run.</param>
/// <param name="Build">Whether to build our gateway (Release) first.</param>
/// <param name="FanoutSubscribers">With --fanout: how many subscribers of one board (the fan-out benchmark instead).</param>
/// <param name="FanoutEvents">With --fanout: how many boards are published.</param>
/// <param name="Deep">With --deep: the benchmark's subgraphs and deep query instead of the interop ones.</param>
/// <param name="OursOnly">With --ours-only: only our gateway is started and loaded.</param>
internal sealed record LoadSettings(int Clients, TimeSpan Duration, TimeSpan Warmup, bool Build, int? FanoutSubscribers = null, int FanoutEvents = 20, bool Deep = false, bool OursOnly = false)
{
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
                "--ours-only" => settings with { OursOnly = true },
                "--fanout" => settings with { FanoutSubscribers = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--events" => settings with { FanoutEvents = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --clients <n> --seconds <s> --warmup <s> --no-build --deep --ours-only, or --fanout <subscribers> --events <n>."),
            };
        }

        return settings;
    }
}
