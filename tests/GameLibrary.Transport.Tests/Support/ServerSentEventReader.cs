using System.Text;

namespace GameLibrary.Transport.Tests.Support;

/// <summary>One event of a text/event-stream, or a comment when <see cref="Event"/> is ":".</summary>
public sealed record ServerSentEvent(string? Event, string Data);

/// <summary>Parses a text/event-stream as the WHATWG spec describes, enough for these tests.</summary>
public sealed class ServerSentEventReader(Stream stream) : IDisposable
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(15);

    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    /// <summary>The next event (comments included); null at the end of the stream.</summary>
    public async Task<ServerSentEvent?> ReadAsync()
    {
        using CancellationTokenSource timeout = new(ReadTimeout);
        string? name = null;
        StringBuilder? data = null;
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null || data is not null)
                {
                    return new ServerSentEvent(name, data?.ToString() ?? string.Empty);
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                return new ServerSentEvent(":", line[1..]);
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string field = colon < 0 ? line : line[..colon];
            string value = colon < 0 ? string.Empty : line[(colon + 1)..].TrimStart(' ');
            if (field == "event")
            {
                name = value;
            }
            else if (field == "data")
            {
                data = data is null ? new StringBuilder(value) : data.Append('\n').Append(value);
            }
        }

        return null;
    }

    /// <summary>The next event that is not a comment.</summary>
    public async Task<ServerSentEvent?> ReadEventAsync()
    {
        while (await ReadAsync() is { } next)
        {
            if (next.Event != ":")
            {
                return next;
            }
        }

        return null;
    }

    public void Dispose() => _reader.Dispose();
}
