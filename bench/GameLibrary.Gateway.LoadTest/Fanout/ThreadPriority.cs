using System.Globalization;
using System.Runtime.InteropServices;

namespace GameLibrary.Gateway.LoadTest.Fanout;

/// <summary>
/// Lowers this process's threads to a nice value (Linux schedules threads, not processes: each one is set, and threads
/// created later inherit their creator's). With the harness below the gateway, the clients that share the gateway's
/// 2 cores run when it has nothing to run, which is what viewers on machines of their own would leave it.
/// </summary>
internal static class ThreadPriority
{
    private const int PriorityProcess = 0;

    /// <summary>Sets every thread of this process to <paramref name="nice"/>; returns how many it set.</summary>
    public static int LowerHarness(int nice)
    {
        int set = 0;
        foreach (string task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            int thread = int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture);
            if (SetPriority(PriorityProcess, thread, nice) == 0)
            {
                set++;
            }
        }

        return set > 0 ? set : throw new InvalidOperationException($"setpriority failed: errno {Marshal.GetLastPInvokeError()}.");
    }

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int priority);
}
