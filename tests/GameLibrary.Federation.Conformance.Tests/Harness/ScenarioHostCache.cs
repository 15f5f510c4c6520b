namespace GameLibrary.Federation.Conformance.Tests.Harness;

/// <summary>
/// The class fixture of the conformance theories: keeps the running scenario (and a planning-only gateway) while
/// consecutive cases use it, and replaces it when a case of another scenario comes. With cases ordered by name
/// (<see cref="CaseNameOrderer"/>) each scenario starts once, and only one runs at a time.
/// </summary>
public sealed class ScenarioHostCache : IAsyncLifetime
{
    private ScenarioHost? _host;
    private PlanningGateway? _planner;

    /// <summary>The running host of <paramref name="scenario"/>, started if another (or none) runs.</summary>
    public async Task<ScenarioHost> HostAsync(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (_host?.Scenario.Name != scenario.Name)
        {
            if (_host is not null)
            {
                await _host.DisposeAsync().ConfigureAwait(false);
                _host = null;
            }

            _host = await ScenarioHost.StartAsync(scenario).ConfigureAwait(false);
        }

        return _host;
    }

    /// <summary>A gateway over the scenario's supergraph for planning only: no subgraph runs, every URL is a closed port.</summary>
    public FederationGateway Planner(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (_planner?.Scenario != scenario.Name)
        {
            _planner?.Dispose();
            _planner = null;
            ClosedPort port = new();
            try
            {
                FederationGateway gateway = ScenarioHost.LoadGateway(
                    scenario,
                    scenario.Subgraphs.ToDictionary(subgraph => subgraph.Name, _ => port.Url, StringComparer.Ordinal));
                _planner = new PlanningGateway(scenario.Name, gateway, port);
            }
            catch
            {
                port.Dispose();
                throw;
            }
        }

        return _planner.Gateway;
    }

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        _planner?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed record PlanningGateway(string Scenario, FederationGateway Gateway, ClosedPort Port) : IDisposable
    {
        public void Dispose()
        {
            Gateway.Dispose();
            Port.Dispose();
        }
    }
}
