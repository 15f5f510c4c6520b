using System.Diagnostics;

namespace GameLibrary.Gateway.LoadTest.Platform;

/// <summary>
/// Where a platform run writes down what it started, so that the next run can clean up after one that was killed
/// outright (kill -9 of the test host or of the soak): a directory per run, named after the run's owner process, with a
/// file per server holding the server's <see cref="ProcessIdentity"/> and the directory it lives in. Opening a ledger
/// first reaps every other run whose owner is gone: its recorded processes (only if still the same processes) are
/// killed and their directories deleted. Processes are not tied to the owner's life with PR_SET_PDEATHSIG
/// (<c>setpriv --pdeathsig</c>): Linux sends it when the thread that forked the child ends, and .NET starts children
/// from thread-pool threads that retire when idle; and PostgreSQL's pg_ctl detaches the server from its parent anyway.
/// </summary>
internal sealed class RunLedger : IDisposable
{
    private readonly DirectoryInfo _directory;

    private RunLedger(DirectoryInfo directory) => _directory = directory;

    /// <summary>Where runs keep their ledgers unless told otherwise: one place per machine, shared by every run.</summary>
    public static string DefaultRoot => Path.Combine(Path.GetTempPath(), "gamelibrary-platform-runs");

    /// <summary>This run's directory.</summary>
    public string Directory => _directory.FullName;

    /// <summary>Reaps the runs under <paramref name="root"/> whose owner is gone, then opens one for <paramref name="owner"/>.</summary>
    public static RunLedger Open(string root, ProcessIdentity owner)
    {
        System.IO.Directory.CreateDirectory(root);
        ReapOrphans(root);
        return new RunLedger(System.IO.Directory.CreateDirectory(Path.Combine(root, owner.ToString())));
    }

    /// <summary>Opens this process's ledger under <see cref="DefaultRoot"/>.</summary>
    public static RunLedger Open() => Open(DefaultRoot, ProcessIdentity.Current);

    /// <summary>Kills what runs whose owner is gone left running and deletes what they left on disk; returns how many processes it killed.</summary>
    public static int ReapOrphans(string root)
    {
        int killed = 0;
        foreach (DirectoryInfo run in new DirectoryInfo(root).EnumerateDirectories())
        {
            if (ProcessIdentity.Parse(run.Name) is { IsAlive: true })
            {
                continue;
            }

            foreach (FileInfo record in run.EnumerateFiles())
            {
                string[] lines = File.ReadAllLines(record.FullName);
                if (lines.Length > 0 && ProcessIdentity.Parse(lines[0]) is { IsAlive: true } leftover)
                {
                    killed += Kill(leftover.Pid) ? 1 : 0;
                }

                if (lines.Length > 1 && lines[1].Length > 0 && System.IO.Directory.Exists(lines[1]))
                {
                    System.IO.Directory.Delete(lines[1], recursive: true);
                }
            }

            run.Delete(recursive: true);
        }

        return killed;
    }

    /// <summary>Writes down a server this run started (again, under the same name, when restarted).</summary>
    /// <param name="name">The server's name (redis, postgres, catalog, …).</param>
    /// <param name="pid">Its process id.</param>
    /// <param name="directory">A directory of its own to delete once it is reaped, if any.</param>
    public void Record(string name, int pid, string? directory = null)
    {
        // A process that has already ended leaves nothing to reap.
        if (ProcessIdentity.Of(pid) is { } identity)
        {
            File.WriteAllLines(Path.Combine(Directory, name), [identity.ToString(), directory ?? string.Empty]);
        }
    }

    /// <summary>The run ended cleanly, its servers stopped: nothing to reap.</summary>
    public void Dispose()
    {
        if (_directory.Exists)
        {
            _directory.Delete(recursive: true);
        }
    }

    private static bool Kill(int pid)
    {
        try
        {
            using Process process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
            return true;
        }
        catch (ArgumentException)
        {
            return false; // Gone meanwhile.
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
