using System.Diagnostics;
using System.Globalization;

namespace GameLibrary.Gateway.LoadTest;

/// <summary>
/// Closed-loop load: each of C clients sends a request, waits for the whole response, and sends the next,
/// for T seconds. Throughput is what the gateway sustains at that concurrency; latency is per request (and, as in
/// any closed loop, a slow answer delays the requests behind it instead of showing in their latency).
/// </summary>
internal sealed class ClosedLoopLoad(HttpClient http, int clients) : ILoad
{
    /// <inheritdoc/>
    public string Description => string.Create(CultureInfo.InvariantCulture, $"{clients} closed-loop clients");

    /// <inheritdoc/>
    public async Task<LoadRun> RunAsync(Uri url, byte[] body, TimeSpan duration)
    {
        var latencies = new List<TimeSpan>[clients];
        long errors = 0;
        long started = Stopwatch.GetTimestamp();
        long end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, clients).Select(async client =>
        {
            var mine = latencies[client] = new List<TimeSpan>(capacity: 64 * 1024);
            while (Stopwatch.GetTimestamp() < end)
            {
                long sent = Stopwatch.GetTimestamp();
                bool ok = await GraphQLPost.SendAsync(http, url, body).ConfigureAwait(false);
                mine.Add(Stopwatch.GetElapsedTime(sent));
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new LoadRun(all.Length, errors, elapsed, all);
    }
}
