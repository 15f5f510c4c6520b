using System.Collections.Concurrent;

using GameLibrary.AppHost.Output;

namespace GameLibrary.AppHost.Tests.Support;

/// <summary>Keeps what children write, per source.</summary>
internal sealed class CollectingOutput : IChildOutput
{
    private readonly ConcurrentQueue<(string Source, string Text)> _lines = new();

    public IReadOnlyList<string> LinesOf(string source) => [.. _lines.Where(line => line.Source == source).Select(line => line.Text)];

    public void Line(string source, string text) => _lines.Enqueue((source, text));

    public void Redraw(string source, string text)
    {
    }

    /// <summary>Waits until <paramref name="source"/> wrote a line matching <paramref name="condition"/>.</summary>
    public async Task<string> WaitForLineAsync(string source, Func<string, bool> condition)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            if (LinesOf(source).FirstOrDefault(condition) is { } line)
            {
                return line;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{source} wrote no such line within 15 s; it wrote: {string.Join(" / ", LinesOf(source))}");
            await Task.Delay(20);
        }
    }
}
