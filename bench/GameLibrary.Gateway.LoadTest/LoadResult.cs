namespace GameLibrary.Gateway.LoadTest;

/// <summary>What one gateway did under one query's load.</summary>
/// <param name="Requests">Requests completed (successful or not).</param>
/// <param name="Errors">Requests that failed: an exception, a status other than 200, or a body with "errors".</param>
/// <param name="Elapsed">How long the load ran.</param>
/// <param name="Latencies">Every request's latency, sorted ascending.</param>
/// <param name="GatewayCpu">CPU time the gateway process used during the run.</param>
/// <param name="PeakResidentBytes">The gateway process's VmHWM after the run (its peak since it started).</param>
/// <param name="SubgraphRequests">Requests the subgraphs received during the run, when they count them.</param>
internal sealed record LoadResult(long Requests, long Errors, TimeSpan Elapsed, TimeSpan[] Latencies, TimeSpan GatewayCpu, long PeakResidentBytes, long? SubgraphRequests = null)
{
    /// <summary>Subgraph requests per client request, when the subgraphs count them.</summary>
    public double? SubgraphRequestsPerRequest => SubgraphRequests is { } sent && Requests > 0 ? (double)sent / Requests : null;

    /// <summary>Completed requests per second.</summary>
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    /// <summary>Gateway CPU milliseconds per request.</summary>
    public double CpuMillisecondsPerRequest => Requests == 0 ? 0 : GatewayCpu.TotalMilliseconds / Requests;

    /// <summary>The latency below which this fraction of requests finished (nearest rank).</summary>
    public TimeSpan Percentile(double fraction) =>
        Latencies.Length == 0 ? TimeSpan.Zero : Latencies[Math.Clamp((int)Math.Ceiling(fraction * Latencies.Length) - 1, 0, Latencies.Length - 1)];
}
