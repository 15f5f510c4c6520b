namespace GameLibrary.Gateway.LoadTest.Platform;

/// <summary>A subscription read in the background, whatever its transport: its events counted, how it ended recorded.</summary>
internal abstract class LiveStream
{
    private int _events;

    /// <summary>Events received so far.</summary>
    public int Events => Volatile.Read(ref _events);

    /// <summary>Events whose payload carried errors, or error messages.</summary>
    public int Errors { get; protected set; }

    /// <summary>The last error text received, if any.</summary>
    public string? LastError { get; protected set; }

    /// <summary>How it ended: "complete", "error", "closed &lt;code&gt;", "ended" (cut without complete), "aborted"; null while it runs.</summary>
    public string? Ending { get; protected set; }

    /// <summary>Waits until at least <paramref name="count"/> events arrived; false when it ended first or the patience ran out.</summary>
    public async Task<bool> WaitForEventsAsync(int count, TimeSpan patience)
    {
        DateTime deadline = DateTime.UtcNow + patience;
        while (Events < count)
        {
            if (Ending is not null || DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Counts an event (and its errors, if its payload has some).</summary>
    protected void Received(System.Text.Json.Nodes.JsonNode? payload)
    {
        if (payload?["errors"] is { } errors)
        {
            Errors++;
            LastError = errors.ToJsonString();
        }

        Interlocked.Increment(ref _events);
    }
}
