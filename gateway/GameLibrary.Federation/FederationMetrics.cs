using System.Diagnostics.Metrics;

namespace GameLibrary.Federation;

/// <summary>
/// The federation engine's metrics. The meter comes from <see cref="FederationGatewayOptions.MeterFactory"/> when
/// set (a host's DI meter factory, which owns it); otherwise the engine creates and disposes its own.
/// </summary>
public sealed class FederationMetrics : IDisposable
{
    /// <summary>The meter name, for hosts to register with their exporters.</summary>
    public const string MeterName = "GameLibrary.Federation";

    /// <summary>The counter of subgraph requests not sent because an identical one was in flight.</summary>
    public const string DeduplicatedRequestsName = "gamelibrary.gateway.subgraph.requests.deduplicated";

    private readonly Meter? _ownedMeter;
    private readonly Counter<long> _deduplicated;

    /// <summary>Creates the engine's instruments on the factory's meter, or on a meter of its own when there is no factory.</summary>
    internal FederationMetrics(IMeterFactory? meterFactory)
    {
        Meter meter;
        if (meterFactory is null)
        {
            meter = _ownedMeter = new Meter(MeterName);
        }
        else
        {
            meter = meterFactory.Create(MeterName);
        }

        _deduplicated = meter.CreateCounter<long>(
            DeduplicatedRequestsName,
            unit: "{request}",
            description: "Subgraph requests that were not sent because an identical query to the same subgraph was in flight; its answer was shared.");
    }

    /// <summary>Counts one request answered by an identical one already in flight.</summary>
    internal void RequestDeduplicated(string subgraph) =>
        _deduplicated.Add(1, new KeyValuePair<string, object?>("subgraph", subgraph));

    /// <inheritdoc />
    public void Dispose() => _ownedMeter?.Dispose();
}
