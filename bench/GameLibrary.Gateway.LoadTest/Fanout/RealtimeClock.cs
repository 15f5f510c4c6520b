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

    /// <summary>The clock's resolution as the kernel reports it (<c>clock_getres</c>).</summary>
    public static long ResolutionNanoseconds()
    {
        _ = LinuxNative.ClockGetResolution(LinuxNative.ClockRealtime, out var resolution);
        return resolution.TotalNanoseconds;
    }
}
