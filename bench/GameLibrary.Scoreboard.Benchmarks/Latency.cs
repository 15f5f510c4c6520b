using System.Diagnostics;
using System.Globalization;

namespace GameLibrary.Scoreboard.Benchmarks;

/// <summary>Times sequential calls and reports percentiles.</summary>
internal static class Latency
{
    public static async Task<string> MeasureAsync(string name, int count, Func<int, Task> call)
    {
        for (int i = 0; i < Math.Min(200, count); i++)
        {
            await call(i);
        }

        double[] samples = new double[count];
        for (int i = 0; i < count; i++)
        {
            long started = Stopwatch.GetTimestamp();
            await call(i);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(samples);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-44} p50 {Percentile(samples, 0.50),7:0.000} ms   p99 {Percentile(samples, 0.99),7:0.000} ms   max {samples[^1],7:0.000} ms   (n={count})");
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
