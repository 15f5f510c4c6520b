using System.Globalization;

namespace GameLibrary.Gateway.LoadTest.Fanout;

/// <summary>
/// The gateway's garbage collections so far and the time they paused it, from the runtime's own metrics on its
/// <c>/metrics</c> (<c>dotnet.gc.collections</c> summed over generations, <c>dotnet.gc.pause.time</c>).
/// </summary>
internal readonly record struct GcTotals(long Collections, double PauseSeconds)
{
    public static GcTotals Of(string metrics)
    {
        long collections = 0;
        double pause = 0;
        foreach (string line in metrics.Split('\n'))
        {
            if (line.StartsWith("dotnet_gc_collections_total", StringComparison.Ordinal))
            {
                collections += (long)SampleValue(line);
            }
            else if (line.StartsWith("dotnet_gc_pause_time_seconds_total", StringComparison.Ordinal))
            {
                pause += SampleValue(line);
            }
        }

        return new GcTotals(collections, pause);
    }

    /// <summary>The value of a sample line: "name{labels} value" or "name value", either with a timestamp after the value.</summary>
    public static double SampleValue(string line)
    {
        int labels = line.LastIndexOf('}');
        string sample = labels >= 0 ? line[(labels + 1)..] : line[line.IndexOf(' ', StringComparison.Ordinal)..];
        return double.Parse(sample.Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
