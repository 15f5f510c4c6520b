using System.Diagnostics.Metrics;

namespace GameLibrary.Federation.Tests.Execution.Deduplication;

/// <summary>
/// A meter factory for one test's gateway and a listener on its deduplication counter, so tests running in
/// parallel never see each other's measurements.
/// </summary>
internal sealed class DeduplicationMetrics : IMeterFactory
{
    private readonly List<Meter> _meters = [];
    private readonly MeterListener _listener = new();
    private readonly Progress _progress;
    private long _deduplicated;

    public DeduplicationMetrics(Progress progress)
    {
        _progress = progress;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == this && instrument.Name == FederationMetrics.DeduplicatedRequestsName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "subgraph" && Equals(tag.Value, "accounts"))
                {
                    Interlocked.Add(ref _deduplicated, value);
                    _progress.Changed();
                }
            }
        });
        _listener.Start();
    }

    /// <summary>The deduplicated requests to the accounts subgraph counted so far.</summary>
    public long Deduplicated => Interlocked.Read(ref _deduplicated);

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
        lock (_meters)
        {
            _meters.Add(meter);
        }

        return meter;
    }

    public void Dispose()
    {
        _listener.Dispose();
        lock (_meters)
        {
            _meters.ForEach(m => m.Dispose());
        }
    }
}
