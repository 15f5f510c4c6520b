namespace GameLibrary.Gateway.Tests.Support;

/// <summary>Reads a text/event-stream as it arrives, one event at a time, skipping keep-alive comments.</summary>
public sealed class ServerSentEventReader(Stream stream) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private readonly StreamReader _reader = new(stream);

    /// <summary>The next event's name and data; throws when the stream ends or none arrives in 15 s.</summary>
    public async Task<(string Event, string Data)> ReadAsync()
    {
        using CancellationTokenSource timeout = new(Timeout);
        string name = "message";
        List<string> data = [];
        while (true)
        {
            string line = await _reader.ReadLineAsync(timeout.Token)
                ?? throw new EndOfStreamException("The event stream ended.");
            if (line.Length == 0)
            {
                if (data.Count > 0 || name != "message")
                {
                    return (name, string.Join('\n', data));
                }
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Add(line["data:".Length..].TrimStart());
            }
        }
    }

    public void Dispose() => _reader.Dispose();
}
