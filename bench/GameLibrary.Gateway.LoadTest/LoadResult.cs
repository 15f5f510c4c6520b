namespace GameLibrary.Gateway.LoadTest;

/// <summary>What one gateway did under one query's load (one run, or several rounds combined).</summary>
/// <param name="Requests">Requests counted (successful or not).</param>
/// <param name="Errors">Requests that failed: an exception, a status other than 200, a body with "errors", or (open loop) no answer by the cut-off.</param>
/// <param name="Elapsed">How long the load ran.</param>
/// <param name="Latencies">Every request's latency, sorted ascending.</param>
/// <param name="GatewayCpu">CPU time the gateway's process tree used during the run.</param>
/// <param name="PeakResidentBytes">The gateway process tree's VmHWM after the run (its peak since it started).</param>
/// <param name="SubgraphRequests">Requests the subgraphs received during the run, when they count them.</param>
internal sealed record LoadResult(long Requests, long Errors, TimeSpan Elapsed, TimeSpan[] Latencies, TimeSpan GatewayCpu, long PeakResidentBytes, long? SubgraphRequests = null)
{
    /// <summary>Subgraph requests per client request, when the subgraphs count them.</summary>
    public double? SubgraphRequestsPerRequest => SubgraphRequests is { } sent && Requests > 0 ? (double)sent / Requests : null;

    /// <summary>Requests answered without error per second.</summary>
    public double RequestsPerSecond => (Requests - Errors) / Elapsed.TotalSeconds;

    /// <summary>Gateway CPU seconds per 1,000 requests.</summary>
    public double CpuSecondsPerThousandRequests => Requests == 0 ? 0 : GatewayCpu.TotalSeconds * 1000 / Requests;

    /// <summary>The latency below which this fraction of requests finished (nearest rank).</summary>
    public TimeSpan Percentile(double fraction) =>
        Latencies.Length == 0 ? TimeSpan.Zero : Latencies[Math.Clamp((int)Math.Ceiling(fraction * Latencies.Length) - 1, 0, Latencies.Length - 1)];

    /// <summary>Several rounds' results as one: counts and times added, latencies pooled, the highest peak.</summary>
    public static LoadResult Combine(IReadOnlyList<LoadResult> rounds)
    {
        var latencies = rounds.SelectMany(r => r.Latencies).ToArray();
        Array.Sort(latencies);
        return new LoadResult(
            rounds.Sum(r => r.Requests),
            rounds.Sum(r => r.Errors),
            TimeSpan.FromTicks(rounds.Sum(r => r.Elapsed.Ticks)),
            latencies,
            TimeSpan.FromTicks(rounds.Sum(r => r.GatewayCpu.Ticks)),
            rounds.Max(r => r.PeakResidentBytes),
            rounds.All(r => r.SubgraphRequests is not null) ? rounds.Sum(r => r.SubgraphRequests!.Value) : null);
    }
}
