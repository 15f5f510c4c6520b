using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace GameLibrary.Gateway.LoadTest;

/// <summary>
/// Closed-loop load: each of C clients sends a request, waits for the whole response, and sends the next,
/// for T seconds. Throughput is what the gateway sustains at that concurrency; latency is per request.
/// </summary>
internal sealed class ClosedLoopLoad(HttpClient http, int clients)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly byte[] ErrorsKey = "\"errors\""u8.ToArray();

    /// <summary>Runs the load against one gateway URL.</summary>
    public async Task<(long Requests, long Errors, TimeSpan Elapsed, TimeSpan[] Latencies)> RunAsync(Uri url, byte[] body, TimeSpan duration)
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
                bool ok = await SendAsync(url, body).ConfigureAwait(false);
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
        return (all.Length, errors, elapsed, all);
    }

    /// <summary>One request; true when it answered 200 with a body without errors.</summary>
    public async Task<bool> SendAsync(Uri url, byte[] body)
    {
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = Json;
            using var response = await http.PostAsync(url, content).ConfigureAwait(false);
            byte[] answer = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.OK && answer.AsSpan().IndexOf(ErrorsKey) < 0;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
