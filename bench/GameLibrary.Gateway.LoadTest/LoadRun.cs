namespace GameLibrary.Gateway.LoadTest;

/// <summary>What one load run measured at the client.</summary>
/// <param name="Requests">Requests counted (answered, failed or, open loop, still unanswered at the cut-off).</param>
/// <param name="Errors">Requests that failed or were never answered.</param>
/// <param name="Elapsed">How long the load ran.</param>
/// <param name="Latencies">Every request's latency, sorted ascending.</param>
internal sealed record LoadRun(long Requests, long Errors, TimeSpan Elapsed, TimeSpan[] Latencies);
