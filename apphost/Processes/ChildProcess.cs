using System.ComponentModel;
using System.Diagnostics;

using GameLibrary.AppHost.Output;

namespace GameLibrary.AppHost.Processes;

/// <summary>
/// A running child: its output relayed line by line (JSON log lines rendered readably) to an <see cref="IChildOutput"/>,
/// its last lines kept to explain a failure, and a graceful stop that kills it after a deadline.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    /// <summary>How many of the last output lines are kept.</summary>
    public const int RecentLineCount = 20;

    // Output still buffered in the pipes when the process exits is relayed, but a grandchild holding them open must not hang us.
    private static readonly TimeSpan OutputDrainTimeout = TimeSpan.FromSeconds(2);

    private readonly Process _process;
    private readonly RecentLines _recent = new(RecentLineCount);

    private ChildProcess(string name, Process process, IChildOutput output)
    {
        Name = name;
        _process = process;
        Task stdout = PumpAsync(process.StandardOutput, name, output);
        Task stderr = PumpAsync(process.StandardError, name, output);
        Exited = WaitForExitAsync(stdout, stderr);
    }

    /// <summary>The name its output is prefixed with.</summary>
    public string Name { get; }

    /// <summary>The process id (on Unix, of the watchdog that runs the child).</summary>
    public int Id => _process.Id;

    /// <summary>Completes with the exit code once the process has exited and its output has been relayed.</summary>
    public Task<int> Exited { get; }

    /// <summary>The last lines the child wrote, oldest first.</summary>
    public IReadOnlyList<string> RecentOutput => _recent.Snapshot();

    /// <summary>Starts a child.</summary>
    /// <param name="spec">What to start.</param>
    /// <param name="output">Where its output goes.</param>
    /// <exception cref="LaunchException">The executable could not be started.</exception>
    public static ChildProcess Start(ProcessSpec spec, IChildOutput output)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(output);
        Process process = new() { StartInfo = ChildStartInfo.Create(spec) };
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            process.Dispose();
            throw new LaunchException($"{spec.Name}: could not start {process.StartInfo.FileName}: {exception.Message}");
        }

        return new ChildProcess(spec.Name, process, output);
    }

    /// <summary>
    /// Asks the child to stop (SIGTERM through its watchdog; on Windows it is killed), waits up to
    /// <paramref name="gracePeriod"/>, then kills it and everything it started.
    /// </summary>
    /// <param name="gracePeriod">How long a graceful shutdown may take.</param>
    /// <param name="force">Cancelled to kill at once, e.g. on a second Ctrl-C.</param>
    /// <returns>The exit code.</returns>
    public async Task<int> StopAsync(TimeSpan gracePeriod, CancellationToken force = default)
    {
        if (!Exited.IsCompleted)
        {
            RequestStop();
            using CancellationTokenSource deadline = CancellationTokenSource.CreateLinkedTokenSource(force);
            deadline.CancelAfter(gracePeriod);
            try
            {
                await Exited.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Kill();
            }
        }

        return await Exited.ConfigureAwait(false);
    }

    /// <summary>Kills the child and everything it started, at once.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    /// <summary>Kills the child if it still runs and releases the process handle.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!Exited.IsCompleted)
        {
            Kill();
        }

        await Exited.ConfigureAwait(false);
        _process.Dispose();
    }

    private void RequestStop()
    {
        if (OperatingSystem.IsWindows())
        {
            Kill();
            return;
        }

        try
        {
            // End-of-file on the watchdog's standard input: it sends the child SIGTERM.
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The watchdog is already gone.
        }
    }

    private async Task<int> WaitForExitAsync(Task stdout, Task stderr)
    {
        await _process.WaitForExitAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(stdout, stderr).WaitAsync(OutputDrainTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A grandchild still holds the pipes; what it writes from now on is not ours to relay.
        }

        return _process.ExitCode;
    }

    private async Task PumpAsync(StreamReader reader, string name, IChildOutput output)
    {
        StreamSplitter splitter = new(
            line =>
            {
                string rendered = JsonLogLine.Render(line);
                _recent.Add(rendered);
                output.Line(name, rendered);
            },
            redraw => output.Redraw(name, redraw));
        char[] buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            splitter.Append(buffer.AsSpan(0, read));
        }

        splitter.Complete();
    }
}
