using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GameLibrary.Subgraph.Toolkit.Telemetry;

/// <summary>Records the duration and error count of each GraphQL operation.</summary>
internal sealed class GraphQLOperationMetrics
{
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _errors;

    public GraphQLOperationMetrics(IMeterFactory meterFactory)
    {
        Meter meter = meterFactory.Create(SubgraphTelemetry.Name);
        _duration = meter.CreateHistogram<double>(
            SubgraphTelemetry.OperationDurationMetric,
            unit: "s",
            description: "Duration of GraphQL operations (for subscriptions, until the event stream is set up).");
        _errors = meter.CreateCounter<long>(
            SubgraphTelemetry.ErrorsMetric,
            unit: "{error}",
            description: "Errors returned in GraphQL responses.");
    }

    public void Record(GraphQLOperationTags tags, TimeSpan duration, int errorCount)
    {
        TagList tagList = tags.ToTagList();
        _duration.Record(duration.TotalSeconds, tagList);
        if (errorCount > 0)
        {
            _errors.Add(errorCount, tagList);
        }
    }
}
