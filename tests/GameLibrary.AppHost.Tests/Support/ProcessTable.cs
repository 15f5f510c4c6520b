namespace GameLibrary.AppHost.Tests.Support;

/// <summary>Asks the kernel (procfs) whether a process still runs.</summary>
internal static class ProcessTable
{
    public static bool IsRunning(int pid)
    {
        // A zombie has exited; it only waits for its parent to collect the status.
        string status = Path.Combine("/proc", pid.ToString(System.Globalization.CultureInfo.InvariantCulture), "status");
        return File.Exists(status) && !File.ReadAllLines(status).Any(line => line.StartsWith("State:", StringComparison.Ordinal) && line.Contains('Z', StringComparison.Ordinal));
    }
}
