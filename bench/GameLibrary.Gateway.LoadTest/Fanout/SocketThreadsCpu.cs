using System.Globalization;

namespace GameLibrary.Gateway.LoadTest.Fanout;

/// <summary>
/// The CPU time of this process's socket engine threads (".NET Sockets", one per core) so far, from the scheduler's
/// per-thread run time (<c>/proc/self/task/*/schedstat</c>, nanoseconds; the process's user and system times tick in
/// 10 ms). The harness runs socket continuations inline, so the clients' reads, scans and arrival records run on these
/// threads: their time is the clients' share of the harness's CPU, apart from its per-board work elsewhere (the
/// publish, the <c>/metrics</c> scrapes, the waits). The threads also complete those scrapes' and the subgraph's reads,
/// a few per board.
/// </summary>
internal static class SocketThreadsCpu
{
    private const string SocketThread = ".NET Sockets";

    public static TimeSpan Total()
    {
        long nanoseconds = 0;
        foreach (string task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n') == SocketThread)
                {
                    nanoseconds += long.Parse(File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // A thread that ended between the listing and the read: not a socket thread (those live as long as the process).
            }
        }

        return TimeSpan.FromTicks(nanoseconds / 100);
    }
}
