namespace GameLibrary.Subgraph.Toolkit.Tests.Support;

public sealed record ServerSentEvent(string Event, string Data)
{
    /// <summary>Parses a complete <c>text/event-stream</c> body, skipping keep-alive comments.</summary>
    public static IReadOnlyList<ServerSentEvent> ParseAll(string body)
    {
        List<ServerSentEvent> events = [];
        foreach (string block in body.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            string[] lines = [.. block.Split('\n').Where(line => !line.StartsWith(':'))];
            if (lines.Length == 0)
            {
                continue;
            }

            string name = lines.Where(line => line.StartsWith("event:", StringComparison.Ordinal)).Select(line => line[6..].Trim()).SingleOrDefault() ?? "message";
            string data = string.Join('\n', lines.Where(line => line.StartsWith("data:", StringComparison.Ordinal)).Select(line => line[5..].TrimStart()));
            events.Add(new ServerSentEvent(name, data));
        }

        return events;
    }
}
