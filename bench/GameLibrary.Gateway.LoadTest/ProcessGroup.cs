namespace GameLibrary.Gateway.LoadTest;

/// <summary>Every server the harness started, killed together (at the end, on an error, on Ctrl-C).</summary>
internal sealed class ProcessGroup : IDisposable
{
    private readonly List<ChildProcess> _processes = [];

    /// <summary>Keeps a started process so it is killed with the rest.</summary>
    public ChildProcess Add(ChildProcess process)
    {
        lock (_processes)
        {
            _processes.Add(process);
        }

        return process;
    }

    /// <summary>Kills them all, newest first; safe to call more than once and from several threads.</summary>
    public void Dispose()
    {
        ChildProcess[] all;
        lock (_processes)
        {
            all = [.. _processes];
            _processes.Clear();
        }

        foreach (var process in all.Reverse())
        {
            process.Dispose();
        }
    }
}
