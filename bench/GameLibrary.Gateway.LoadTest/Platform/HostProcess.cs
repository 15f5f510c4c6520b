using System.Globalization;

namespace GameLibrary.Gateway.LoadTest.Platform;

/// <summary>
/// One host of the platform (the gateway or a subgraph) run as <c>dotnet &lt;dll&gt;</c> on a fixed loopback port, so it
/// can be killed, frozen, stopped and started again at the same address while the others keep running.
/// </summary>
/// <param name="name">Its name (catalog, users, scoreboard, recommendations, gateway).</param>
/// <param name="assembly">Its built DLL.</param>
/// <param name="arguments">Arguments after the DLL.</param>
/// <param name="environment">Its environment (connection strings, settings).</param>
/// <param name="ledger">Where the run writes down the processes it starts.</param>
internal sealed class HostProcess(string name, string assembly, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, RunLedger ledger) : IDisposable
{
    private ChildProcess? _process;

    /// <summary>Its name.</summary>
    public string Name { get; } = name;

    /// <summary>Its port, the same across restarts.</summary>
    public int Port { get; } = FreePort.Next();

    /// <summary>Its base address.</summary>
    public Uri Url => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}/"));

    /// <summary>Its GraphQL endpoint.</summary>
    public Uri GraphQL => new(Url, "graphql");

    /// <summary>The running process (the last one started).</summary>
    public ChildProcess Process => _process ?? throw new InvalidOperationException($"{Name} is not running.");

    /// <summary>Its memory now (0 when not running).</summary>
    public long ResidentBytes() => _process is { HasExited: false } process ? process.ResidentBytes() : 0;

    /// <summary>Starts it and waits until <c>/health/ready</c> answers 200.</summary>
    public async Task StartAsync(HttpClient http, TimeSpan patience)
    {
        _process?.Dispose();
        _process = ChildProcess.Start(
            Name,
            "dotnet",
            [assembly, .. arguments, "--urls", string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}")],
            Path.GetDirectoryName(assembly)!,
            new Dictionary<string, string>(environment));
        ledger.Record(Name, _process.Id);
        await WaitUntilReadyAsync(http, patience).ConfigureAwait(false);
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200; fails with its output when it exits or the patience runs out.</summary>
    public async Task WaitUntilReadyAsync(HttpClient http, TimeSpan patience)
    {
        DateTime deadline = DateTime.UtcNow + patience;
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(Url, "health/ready")).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting on a loaded machine.
            }

            if (Process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"{Name} was not ready within {patience.TotalSeconds:0} s. Its output:{Environment.NewLine}{Process.Output()}");
            }

            await Task.Delay(200).ConfigureAwait(false);
        }
    }

    /// <summary>Kills it outright (SIGKILL), as a crash or the OOM killer would, and waits until it is gone.</summary>
    public void Kill()
    {
        _process?.Dispose();
        _process = null;
    }

    /// <summary>Asks it to stop (SIGTERM) and returns its exit code, or null when it was still running after <paramref name="patience"/>.</summary>
    public async Task<int?> TerminateAsync(TimeSpan patience)
    {
        ChildProcess process = Process;
        process.Terminate();
        Task<int> exited = process.WaitForExitAsync();
        return await Task.WhenAny(exited, Task.Delay(patience)).ConfigureAwait(false) == exited ? await exited.ConfigureAwait(false) : null;
    }

    /// <inheritdoc/>
    public void Dispose() => Kill();
}
