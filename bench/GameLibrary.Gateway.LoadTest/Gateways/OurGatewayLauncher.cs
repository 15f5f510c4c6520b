namespace GameLibrary.Gateway.LoadTest.Gateways;

/// <summary>
/// Our gateway host, Release build, default configuration (<see cref="SideBySide.StartOursAsync"/>); or a saved build
/// and extra environment variables (<c>--gateway</c>, <c>--gateway-env</c>) for A/B runs.
/// </summary>
internal sealed class OurGatewayLauncher : GatewayLauncher
{
    /// <inheritdoc/>
    public override string Key => "ours";

    /// <inheritdoc/>
    public override string Name => "ours";

    /// <inheritdoc/>
    public override Task<SideBySide.Gateway> StartAsync(GatewaySetup setup) =>
        SideBySide.StartOursAsync(
            setup.Paths,
            setup.Processes,
            setup.Supergraph,
            new Dictionary<string, string>(setup.Subgraphs),
            setup.Http,
            setup.OurEnvironment is null ? null : new Dictionary<string, string>(setup.OurEnvironment),
            setup.OurAssembly);
}
