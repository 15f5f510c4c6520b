using System.Diagnostics.Metrics;

namespace GameLibrary.Gateway.Telemetry;

/// <summary>The gateway host's own metrics.</summary>
internal sealed class GatewayTelemetry : IDisposable
{
    /// <summary>The meter name, registered with OpenTelemetry.</summary>
    public const string MeterName = "GameLibrary.Gateway";

    private readonly Meter _meter;
    private readonly Counter<long> _supergraphLoads;

    public GatewayTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _supergraphLoads = _meter.CreateCounter<long>(
            "gamelibrary.gateway.supergraph.loads",
            unit: "{load}",
            description: "Supergraph files loaded (outcome=loaded) or rejected as broken (outcome=rejected).");
    }

    public void SupergraphLoaded() => _supergraphLoads.Add(1, new KeyValuePair<string, object?>("outcome", "loaded"));

    public void SupergraphRejected() => _supergraphLoads.Add(1, new KeyValuePair<string, object?>("outcome", "rejected"));

    public void Dispose() => _meter.Dispose();
}
