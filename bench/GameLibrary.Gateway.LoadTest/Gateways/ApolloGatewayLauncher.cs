namespace GameLibrary.Gateway.LoadTest.Gateways;

/// <summary>
/// Apollo's JavaScript gateway (<c>@apollo/gateway</c> on <c>@apollo/server</c>, peers/apollo-gateway.mjs), on the
/// supergraph file with each subgraph's URL replaced through <c>buildService</c>.
/// </summary>
internal sealed class ApolloGatewayLauncher : GatewayLauncher
{
    /// <inheritdoc/>
    public override string Key => "apollo";

    /// <inheritdoc/>
    public override string Name => "Apollo @apollo/gateway";

    /// <inheritdoc/>
    public override async Task<SideBySide.Gateway> StartAsync(GatewaySetup setup)
    {
        var arguments = new List<string> { "apollo-gateway.mjs", setup.Supergraph };
        arguments.AddRange(setup.Subgraphs.Select(s => $"{s.Key}={s.Value}"));
        var process = setup.Processes.Add(ChildProcess.Start(
            Name, "node", arguments, setup.Paths.PeerGateways, new Dictionary<string, string> { ["PORT"] = "0", ["EXIT_WITH_STDIN"] = "1" }));
        string url = await process.WaitForReadyLineAsync(StartTimeout).ConfigureAwait(false);
        return new SideBySide.Gateway(Name, new Uri(url), process);
    }
}
