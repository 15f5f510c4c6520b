using System.Diagnostics.Metrics;

namespace GameLibrary.Gateway.Telemetry;

/// <summary>The gateway host's own metrics.</summary>
internal sealed class GatewayTelemetry : IDisposable
{
    /// <summary>The meter name, registered with OpenTelemetry.</summary>
    public const string MeterName = "GameLibrary.Gateway";

    private readonly Meter _meter;
    private readonly Counter<long> _supergraphLoads;
    private readonly Histogram<double> _heapTrims;

    public GatewayTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _supergraphLoads = _meter.CreateCounter<long>(
            "gamelibrary.gateway.supergraph.loads",
            unit: "{load}",
            description: "Supergraph files loaded (outcome=loaded) or rejected as broken (outcome=rejected).");
        _heapTrims = _meter.CreateHistogram<double>(
            "gamelibrary.gateway.memory.idle_trim.duration",
            unit: "s",
            description: "Trims of the managed heap while the gateway was quiet (Gateway:IdleTrim), by how long each paused the process.");
    }

    public void SupergraphLoaded() => _supergraphLoads.Add(1, new KeyValuePair<string, object?>("outcome", "loaded"));

    public void SupergraphRejected() => _supergraphLoads.Add(1, new KeyValuePair<string, object?>("outcome", "rejected"));

    public void HeapTrimmed(TimeSpan paused) => _heapTrims.Record(paused.TotalSeconds);

    public void Dispose() => _meter.Dispose();
}
