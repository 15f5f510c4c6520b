using System.Diagnostics;

namespace GameLibrary.Subgraph.Toolkit.Telemetry;

/// <summary>The names under which the toolkit publishes its own traces and metrics.</summary>
public static class SubgraphTelemetry
{
    /// <summary>The name of the toolkit's <see cref="System.Diagnostics.ActivitySource"/> and meter.</summary>
    public const string Name = "GameLibrary.Subgraph";

    /// <summary>The histogram of GraphQL operation durations, in seconds.</summary>
    public const string OperationDurationMetric = "graphql.operation.duration";

    /// <summary>The counter of errors in GraphQL responses.</summary>
    public const string ErrorsMetric = "graphql.operation.errors";

    internal static ActivitySource ActivitySource { get; } = new(Name);
}
