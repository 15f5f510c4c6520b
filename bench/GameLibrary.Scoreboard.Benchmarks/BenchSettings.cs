using System.Globalization;

namespace GameLibrary.Scoreboard.Benchmarks;

/// <summary>The harness's options.</summary>
internal sealed record BenchSettings(int Players, int Seconds, int Clients, int Reads, int WarmupSeconds, string Postgres)
{
    public static BenchSettings Parse(string[] args)
    {
        int Int(string name, int fallback)
        {
            int index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
        }

        int postgres = Array.IndexOf(args, "--postgres");
        string connection = postgres >= 0 && postgres + 1 < args.Length
            ? args[postgres + 1]
            : Environment.GetEnvironmentVariable("GAMELIBRARY_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Pass --postgres <connection string> or set GAMELIBRARY_TEST_POSTGRES.");
        return new BenchSettings(Int("--players", 1_000_000), Int("--seconds", 10), Int("--clients", 32), Int("--reads", 2_000), Int("--warmup", 5), connection);
    }
}
