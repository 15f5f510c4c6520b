using System.Diagnostics;

namespace GameLibrary.Gateway.LoadTest;

/// <summary>
/// A server the harness started: its output is watched for a ready line, its peak memory and CPU time are read
/// from /proc over its process tree, and disposing it kills it with its children.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    /// <summary>What the harness calls it in messages.</summary>
    public string Name { get; }

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>Whether it has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts a process. Its standard input stays open and is closed only by <see cref="Dispose"/> (Node servers
    /// started with EXIT_WITH_STDIN=1 exit when it closes, even when the harness is killed outright).
    /// </summary>
    public static ChildProcess Start(string name, string fileName, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        var child = new ChildProcess(name, process);
        process.OutputDataReceived += (_, e) => child.Received(e.Data);
        process.ErrorDataReceived += (_, e) => child.Received(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for a line starting with "ready " and returns the rest (the server's URL).</summary>
    public async Task<string> WaitForReadyLineAsync(TimeSpan timeout)
    {
        var finished = await Task.WhenAny(_ready.Task, Task.Delay(timeout), _process.WaitForExitAsync()).ConfigureAwait(false);
        if (finished != _ready.Task)
        {
            throw new InvalidOperationException($"{Name} did not report ready within {timeout.TotalSeconds:0} s. Its output:{Environment.NewLine}{Output()}");
        }

        return await _ready.Task.ConfigureAwait(false);
    }

    /// <summary>Waits for the process to end and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync().ConfigureAwait(false);
        return _process.ExitCode;
    }

    /// <summary>The peak resident set size (VmHWM) of the process and its descendants, in bytes.</summary>
    public long PeakResidentBytes() => ProcessTree.PeakResidentBytes(Id);

    /// <summary>The CPU time (user + system) the process and its live descendants have used so far.</summary>
    public TimeSpan ProcessorTime() => ProcessTree.CpuTime(Id);

    /// <summary>Asks the process to stop (SIGTERM), as a service manager or a container runtime does.</summary>
    public void Terminate() => Signal("TERM");

    /// <summary>Freezes (SIGSTOP) or thaws (SIGCONT) the process: a server that accepts connections and never answers.</summary>
    public void Freeze(bool frozen) => Signal(frozen ? "STOP" : "CONT");

    /// <summary>The current resident set size of the process, in bytes.</summary>
    public long ResidentBytes() => ProcessTree.ResidentBytes(Id);

    /// <summary>What the process printed so far.</summary>
    public string Output()
    {
        lock (_output)
        {
            return string.Join(Environment.NewLine, _output);
        }
    }

    /// <summary>Kills the process and its children, and waits for them to go.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private void Signal(string signal)
    {
        // .NET sends only SIGKILL (Process.Kill); kill(1) sends the others.
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("kill could not be started.");
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {Id} ({Name}) failed with {kill.ExitCode}.");
        }
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (line.StartsWith("ready ", StringComparison.Ordinal))
        {
            _ready.TrySetResult(line["ready ".Length..].Trim());
        }
    }
}
