namespace GameLibrary.Gateway.LoadTest.Gateways;

/// <summary>
/// One gateway the harness can run on a workload: ours or a peer. Each starts its server on the workload's
/// supergraph and subgraph URLs and returns it once it answers.
/// </summary>
internal abstract class GatewayLauncher
{
    /// <summary>How the gateway starts and waits: at most this long.</summary>
    protected static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Its short name on the command line (<c>--gateways</c>).</summary>
    public abstract string Key { get; }

    /// <summary>Its name in the table.</summary>
    public abstract string Name { get; }

    /// <summary>Every gateway the harness knows, ours first.</summary>
    public static IReadOnlyList<GatewayLauncher> All { get; } =
    [
        new OurGatewayLauncher(candidate: false),
        new OurGatewayLauncher(candidate: true),
        new ApolloGatewayLauncher(),
        new HiveGatewayLauncher(routerRuntime: false),
        new HiveGatewayLauncher(routerRuntime: true),
        new GrafbaseGatewayLauncher(),
    ];

    /// <summary>Starts it and waits until it serves GraphQL.</summary>
    public abstract Task<SideBySide.Gateway> StartAsync(GatewaySetup setup);
}
