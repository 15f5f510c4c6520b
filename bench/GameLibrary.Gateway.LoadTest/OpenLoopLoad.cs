using System.Diagnostics;
using System.Globalization;

namespace GameLibrary.Gateway.LoadTest;

/// <summary>
/// Open-loop load: requests are scheduled at a fixed rate (request i at start + i / rate) whatever the gateway
/// does, and each one's latency is measured from its scheduled time, not from when it could be sent, so a stall
/// shows in the latency of every request it delayed (no coordinated omission). Requests still unanswered a grace
/// period after the run's end are cancelled and counted as errors, with their latency so far (a lower bound).
/// </summary>
internal sealed class OpenLoopLoad(HttpClient http, int rate) : ILoad
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    /// <inheritdoc/>
    public string Description => string.Create(CultureInfo.InvariantCulture,
        $"open loop at {rate} requests/s (latency from each request's scheduled time; unanswered {Grace.TotalSeconds:0} s after the end = error)");

    /// <inheritdoc/>
    public async Task<LoadRun> RunAsync(Uri url, byte[] body, TimeSpan duration)
    {
        long total = (long)(duration.TotalSeconds * rate);
        var latencies = new TimeSpan[total];
        long errors = 0;
        using var cutOff = new CancellationTokenSource();
        var inFlight = new List<Task>((int)Math.Min(total, 1_000_000));
        long started = Stopwatch.GetTimestamp();
        for (long i = 0; i < total; i++)
        {
            long scheduled = started + (long)(i * (double)Stopwatch.Frequency / rate);
            long wait = scheduled - Stopwatch.GetTimestamp();
            if (wait > 0)
            {
                // Task.Delay's granularity is ~1 ms; requests falling due meanwhile go out together, each still
                // timed from its own scheduled instant.
                await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency)).ConfigureAwait(false);
            }

            long index = i;
            inFlight.Add(Task.Run(async () =>
            {
                bool ok;
                try
                {
                    ok = await GraphQLPost.SendAsync(http, url, body, cutOff.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    ok = false;
                }

                latencies[index] = Stopwatch.GetElapsedTime(scheduled);
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }));
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        cutOff.CancelAfter(Grace);
        await Task.WhenAll(inFlight).ConfigureAwait(false);
        Array.Sort(latencies);
        return new LoadRun(total, Interlocked.Read(ref errors), elapsed, latencies);
    }
}
