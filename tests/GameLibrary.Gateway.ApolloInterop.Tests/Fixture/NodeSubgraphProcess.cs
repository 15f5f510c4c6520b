using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace GameLibrary.Gateway.ApolloInterop.Tests.Fixture;

/// <summary>
/// One Node subgraph (<c>node serve.mjs &lt;name&gt;</c>) running as a child process on loopback. It is ready once
/// it prints <c>ready &lt;url&gt;</c>; it exits on its own when our end of its stdin closes, so even a test host
/// that is killed outright leaves no subgraph behind.
/// </summary>
internal sealed class NodeSubgraphProcess : IAsyncDisposable
{
    private const string ReadyPrefix = "ready ";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly string _directory;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    private NodeSubgraphProcess(string directory, string name)
    {
        _directory = directory;
        Name = name;
    }

    /// <summary>The subgraph's name (as in the supergraph's <c>join__graph</c>).</summary>
    public string Name { get; }

    /// <summary>The subgraph's GraphQL endpoint; it keeps its port across restarts.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Starts the subgraph on a port the OS picks and waits until it serves.</summary>
    public static async Task<NodeSubgraphProcess> StartAsync(string directory, string name)
    {
        var subgraph = new NodeSubgraphProcess(directory, name);
        await subgraph.StartProcessAsync(port: 0);
        return subgraph;
    }

    /// <summary>Kills the subgraph (its whole process tree) and waits for it to be gone.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Starts a killed subgraph again on its previous port, so the gateway's URL for it stays valid.</summary>
    public Task RestartAsync() =>
        _process is null ? StartProcessAsync(Url.Port) : throw new InvalidOperationException($"The {Name} subgraph is still running.");

    /// <inheritdoc />
    public ValueTask DisposeAsync() => new(KillAsync());

    private async Task StartProcessAsync(int port)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = _directory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add("serve.mjs");
        info.ArgumentList.Add(Name);
        info.Environment["PORT"] = port.ToString(CultureInfo.InvariantCulture);
        info.Environment["EXIT_WITH_STDIN"] = "1";

        var ready = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            _output.Enqueue(line.Data);
            if (line.Data.StartsWith(ReadyPrefix, StringComparison.Ordinal))
            {
                ready.TrySetResult(new Uri(line.Data[ReadyPrefix.Length..]));
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                _output.Enqueue(line.Data);
            }
        };
        process.Exited += (_, _) =>
        {
            if (ready.Task.IsCompleted)
            {
                return; // killed on purpose after it served
            }

            // Drain the output first so the message shows why it died (a port in use, a syntax error…).
            process.WaitForExit();
            ready.TrySetException(new InvalidOperationException($"The {Name} subgraph exited with code {process.ExitCode} before it was ready:\n{Output}"));
        };

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        try
        {
            Url = await ready.Task.WaitAsync(ReadyTimeout);
        }
        catch (TimeoutException)
        {
            await KillAsync();
            throw new InvalidOperationException($"The {Name} subgraph did not print \"ready\" within {ReadyTimeout.TotalSeconds} s:\n{Output}");
        }
        catch (InvalidOperationException)
        {
            await KillAsync();
            throw;
        }
    }

    private string Output => string.Join('\n', _output);
}
