using System.Globalization;

namespace GameLibrary.Gateway.LoadTest.Fanout;

/// <summary>
/// The whole machine's busy CPU time so far (every core's user, nice, system, interrupt and soft-interrupt time from
/// <c>/proc/stat</c>, in the kernel's 10 ms ticks). Less the gateway's and the harness's own, it is what other
/// processes took while the boards were out: on 2 cores, any of it can hold back a board.
/// </summary>
internal static class MachineCpu
{
    private const double SecondsPerTick = 0.01;

    public static TimeSpan Busy()
    {
        // "cpu  user nice system idle iowait irq softirq steal ...": busy is all but idle and iowait.
        string[] fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long[] ticks = [.. fields.Skip(1).Take(8).Select(field => long.Parse(field, CultureInfo.InvariantCulture))];
        return TimeSpan.FromSeconds((ticks.Sum() - ticks[3] - ticks[4]) * SecondsPerTick);
    }
}
