namespace GameLibrary.Gateway.LoadTest.Gateways;

/// <summary>
/// Our gateway host, Release build, default configuration (<see cref="SideBySide.StartOursAsync"/>); or a saved build
/// and extra environment variables (<c>--gateway</c>, <c>--gateway-env</c>). The candidate (<c>ours-b</c>) is a second
/// instance with its own build and variables (<c>--b-gateway</c>, <c>--b-env</c>): an A/B measured in alternating
/// rounds of one run, so a change in the machine's background load falls on both alike.
/// </summary>
internal sealed class OurGatewayLauncher(bool candidate) : GatewayLauncher
{
    /// <inheritdoc/>
    public override string Key => candidate ? "ours-b" : "ours";

    /// <inheritdoc/>
    public override string Name => candidate ? "ours B" : "ours";

    /// <inheritdoc/>
    public override Task<SideBySide.Gateway> StartAsync(GatewaySetup setup) =>
        SideBySide.StartOursAsync(
            setup.Paths,
            setup.Processes,
            setup.Supergraph,
            new Dictionary<string, string>(setup.Subgraphs),
            setup.Http,
            (candidate ? setup.CandidateEnvironment : setup.OurEnvironment) is { } environment ? new Dictionary<string, string>(environment) : null,
            candidate ? setup.CandidateAssembly ?? setup.OurAssembly : setup.OurAssembly,
            Name);
}
