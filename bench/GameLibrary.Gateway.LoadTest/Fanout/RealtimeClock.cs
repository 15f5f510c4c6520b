using System.Diagnostics;

namespace GameLibrary.Gateway.LoadTest.Fanout;

/// <summary>
/// <c>CLOCK_REALTIME</c> in nanoseconds, read with <c>clock_gettime</c> (the vDSO, no system call): the clock the
/// kernel's receive timestamps (<c>SCM_TIMESTAMPNS</c>) are on, so a publish time taken here and a socket's receive
/// time subtract. (<see cref="DateTime.UtcNow"/> reads the same clock but keeps 100 ns ticks.)
/// </summary>
internal static class RealtimeClock
{
    public static long Now()
    {
        _ = LinuxNative.ClockGetTime(LinuxNative.ClockRealtime, out var now);
        return now.TotalNanoseconds;
    }

    /// <summary>
    /// This clock and <see cref="Stopwatch"/> read at one moment: the narrowest of a few brackets (realtime, Stopwatch,
    /// realtime), so that an interrupt or a preemption between two reads does not shift one clock against the other.
    /// The realtime is the bracket's start (a kernel latency measured from it errs long); the width is the uncertainty.
    /// </summary>
    public static (long Realtime, long Timestamp, long Width) WithStopwatch()
    {
        (long Realtime, long Timestamp, long Width) narrowest = (0, 0, long.MaxValue);
        for (int attempt = 0; attempt < 5 && narrowest.Width > 1000; attempt++)
        {
            long before = Now();
            long timestamp = Stopwatch.GetTimestamp();
            long width = Now() - before;
            if (width < narrowest.Width)
            {
                narrowest = (before, timestamp, width);
            }
        }

        return narrowest;
    }

    /// <summary>The clock's resolution as the kernel reports it (<c>clock_getres</c>).</summary>
    public static long ResolutionNanoseconds()
    {
        _ = LinuxNative.ClockGetResolution(LinuxNative.ClockRealtime, out var resolution);
        return resolution.TotalNanoseconds;
    }
}
