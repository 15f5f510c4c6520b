using System.Globalization;

namespace GameLibrary.Gateway.LoadTest.Gateways;

/// <summary>
/// Hive Gateway (<c>@graphql-hive/gateway</c>'s <c>hive-gateway supergraph</c>, one process, its default
/// configuration), planning in JavaScript or, with the router runtime, with the Hive Router's Rust query planner
/// (<c>--hive-router-runtime</c>, <c>@graphql-hive/router-runtime</c>). It reads the supergraph file with the real
/// subgraph URLs written in.
/// </summary>
internal sealed class HiveGatewayLauncher(bool routerRuntime) : GatewayLauncher
{
    /// <inheritdoc/>
    public override string Key => routerRuntime ? "hive-router" : "hive";

    /// <inheritdoc/>
    public override string Name => routerRuntime ? "Hive Gateway + router runtime" : "Hive Gateway";

    /// <inheritdoc/>
    public override async Task<SideBySide.Gateway> StartAsync(GatewaySetup setup)
    {
        string supergraph = Path.Combine(setup.Scratch, $"{Key}-supergraph.graphql");
        await File.WriteAllTextAsync(supergraph, SupergraphUrls.Replace(await File.ReadAllTextAsync(setup.Supergraph).ConfigureAwait(false), setup.Subgraphs)).ConfigureAwait(false);
        int port = SideBySide.FreePort();
        var arguments = new List<string>
        {
            Path.Combine("node_modules", "@graphql-hive", "gateway", "dist", "bin.js"),
            "supergraph", supergraph, "--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture),
            "--disable-websockets",
        };
        if (routerRuntime)
        {
            arguments.Add("--hive-router-runtime");
        }

        var process = setup.Processes.Add(ChildProcess.Start(Name, "node", arguments, setup.Paths.PeerGateways));
        var url = new Uri($"http://127.0.0.1:{port}/graphql");
        await ReadinessProbe.WaitUntilItAnswersAsync(setup.Http, url, process, StartTimeout).ConfigureAwait(false);
        return new SideBySide.Gateway(Name, url, process);
    }
}
