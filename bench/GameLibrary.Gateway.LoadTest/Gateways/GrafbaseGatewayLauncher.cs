using System.Globalization;
using System.Text;

namespace GameLibrary.Gateway.LoadTest.Gateways;

/// <summary>
/// The Grafbase gateway (Rust) as a new user runs it: the Grafbase CLI's <c>grafbase dev -c grafbase.toml</c> (npm
/// <c>@grafbase/cli-x86_64-unknown-linux-musl</c>), which composes the supergraph itself from each subgraph's
/// <c>introspection_url</c> and serves it. Its home folder is the run's scratch folder, so it writes nothing to ours.
/// </summary>
internal sealed class GrafbaseGatewayLauncher : GatewayLauncher
{
    /// <inheritdoc/>
    public override string Key => "grafbase";

    /// <inheritdoc/>
    public override string Name => "Grafbase gateway";

    /// <inheritdoc/>
    public override async Task<SideBySide.Gateway> StartAsync(GatewaySetup setup)
    {
        var config = new StringBuilder();
        foreach (var (name, url) in setup.Subgraphs)
        {
            config.Append(CultureInfo.InvariantCulture, $"[subgraphs.{name}]\nurl = \"{url}\"\nintrospection_url = \"{url}\"\n\n");
        }

        string configFile = Path.Combine(setup.Scratch, "grafbase.toml");
        await File.WriteAllTextAsync(configFile, config.ToString()).ConfigureAwait(false);
        string home = Directory.CreateDirectory(Path.Combine(setup.Scratch, "grafbase-home")).FullName;
        int port = SideBySide.FreePort();
        string binary = Path.Combine(setup.Paths.PeerGateways, "node_modules", "@grafbase", "cli-x86_64-unknown-linux-musl", "grafbase");
        var process = setup.Processes.Add(ChildProcess.Start(
            Name, binary, ["--home", home, "dev", "-c", configFile, "--listen-address", $"127.0.0.1:{port}"], setup.Scratch));
        var endpoint = new Uri($"http://127.0.0.1:{port}/graphql");
        await ReadinessProbe.WaitUntilItAnswersAsync(setup.Http, endpoint, process, StartTimeout).ConfigureAwait(false);
        return new SideBySide.Gateway(Name, endpoint, process);
    }
}
