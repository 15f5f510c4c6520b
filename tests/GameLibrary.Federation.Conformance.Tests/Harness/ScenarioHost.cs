using GameLibrary.Federation.Conformance.Tests.Fixtures;

namespace GameLibrary.Federation.Conformance.Tests.Harness;

/// <summary>
/// A scenario's subgraphs, running, and the gateways over them: one per set of "down" subgraphs the queries ask
/// for, created on first use. Queries of the scenario share it; they must run one at a time (the
/// <c>$sequence</c> counter is reset per query).
/// </summary>
public sealed class ScenarioHost : IAsyncDisposable
{
    /// <summary>
    /// How long the gateway waits for a subgraph (scenario 38 delays 5 s, past it). Not shorter: a cold first query on a
    /// loaded 2-core CI machine once took over 2 s.
    /// </summary>
    public static readonly TimeSpan SubgraphTimeout = TimeSpan.FromSeconds(4);

    private readonly IReadOnlyList<FixtureSubgraph> _subgraphs;
    private readonly ClosedPort _closedPort = new();
    private readonly Dictionary<string, FederationGateway> _gateways = new(StringComparer.Ordinal);

    private ScenarioHost(Scenario scenario, FixtureSequence sequence, IReadOnlyList<FixtureSubgraph> subgraphs)
    {
        Scenario = scenario;
        Sequence = sequence;
        _subgraphs = subgraphs;
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The <c>$sequence</c> counter shared by the scenario's subgraphs.</summary>
    public FixtureSequence Sequence { get; }

    /// <summary>The live URL of each subgraph, by name.</summary>
    public IReadOnlyDictionary<string, Uri> SubgraphUrls =>
        _subgraphs.ToDictionary(subgraph => subgraph.Name, subgraph => subgraph.Url, StringComparer.Ordinal);

    /// <summary>The URL a "down" subgraph gets: a loopback port that refuses connections.</summary>
    public Uri DownUrl => _closedPort.Url;

    /// <summary>Starts every subgraph of the scenario.</summary>
    public static async Task<ScenarioHost> StartAsync(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        FixtureSequence sequence = new();
        List<FixtureSubgraph> subgraphs = [];
        try
        {
            foreach (FixtureSubgraphDefinition definition in scenario.Subgraphs)
            {
                subgraphs.Add(await FixtureSubgraph.StartAsync(definition, sequence).ConfigureAwait(false));
            }
        }
        catch
        {
            foreach (FixtureSubgraph started in subgraphs)
            {
                await started.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        return new ScenarioHost(scenario, sequence, subgraphs);
    }

    /// <summary>The gateway for a query: live URLs for the running subgraphs, a closed port for those <paramref name="down"/>.</summary>
    public FederationGateway Gateway(IReadOnlyCollection<string> down) => Gateway(down, Scenario.SupergraphSdl);

    /// <summary>
    /// The gateway for a query over another supergraph of the same subgraphs (one composed by another composer),
    /// with the URLs of <see cref="Gateway(IReadOnlyCollection{string})"/>.
    /// </summary>
    public FederationGateway Gateway(IReadOnlyCollection<string> down, string supergraphSdl)
    {
        ArgumentNullException.ThrowIfNull(down);
        ArgumentNullException.ThrowIfNull(supergraphSdl);
        string key = string.Join(",", down.Order(StringComparer.Ordinal)) + "\n" + supergraphSdl;
        if (!_gateways.TryGetValue(key, out FederationGateway? gateway))
        {
            Dictionary<string, Uri> urls = _subgraphs.ToDictionary(
                subgraph => subgraph.Name,
                subgraph => down.Contains(subgraph.Name) ? DownUrl : subgraph.Url,
                StringComparer.Ordinal);
            gateway = LoadGateway(supergraphSdl, urls);
            _gateways[key] = gateway;
        }

        return gateway;
    }

    /// <summary>Loads the scenario's supergraph with the harness's options and the given subgraph URLs.</summary>
    public static FederationGateway LoadGateway(Scenario scenario, IReadOnlyDictionary<string, Uri> subgraphUrls)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return LoadGateway(scenario.SupergraphSdl, subgraphUrls);
    }

    /// <summary>Loads a supergraph with the harness's options and the given subgraph URLs.</summary>
    public static FederationGateway LoadGateway(string supergraphSdl, IReadOnlyDictionary<string, Uri> subgraphUrls)
    {
        ArgumentNullException.ThrowIfNull(supergraphSdl);
        ArgumentNullException.ThrowIfNull(subgraphUrls);
        FederationGatewayOptions options = new() { SubgraphTimeout = SubgraphTimeout };
        foreach ((string name, Uri url) in subgraphUrls)
        {
            options.SubgraphUrls[name] = url;
        }

        return FederationGateway.Load(supergraphSdl, options);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (FederationGateway gateway in _gateways.Values)
        {
            gateway.Dispose();
        }

        foreach (FixtureSubgraph subgraph in _subgraphs)
        {
            await subgraph.DisposeAsync().ConfigureAwait(false);
        }

        _closedPort.Dispose();
    }
}
