using System.Globalization;

namespace GameLibrary.Gateway.LoadTest;

/// <summary>
/// The JIT counters of one of our gateways, from its <c>/metrics</c> (the runtime's <c>System.Runtime</c> meter:
/// <c>dotnet.jit.compiled_methods</c>, <c>dotnet.jit.compilation.time</c>). Read before a gateway's warm-up and after
/// its measured run, their difference says how much of that run the runtime was still compiling — tier 0, the
/// instrumented tier and tier 1 alike (docs/performance.md, "Warm start and memory").
/// </summary>
/// <param name="Methods">Method bodies compiled since the process started.</param>
/// <param name="Seconds">Time spent compiling them, summed over threads (wall-clock per compilation, so waits for a
/// core on a loaded machine are included).</param>
internal readonly record struct JitCounters(long Methods, double Seconds)
{
    private const string MethodsMetric = "dotnet_jit_compiled_methods_total";
    private const string TimeMetric = "dotnet_jit_compilation_time_seconds_total";

    /// <summary>The counters now, or null when the gateway has no metrics endpoint (the peers, a build without it) or does not report them.</summary>
    public static async Task<JitCounters?> ReadAsync(HttpClient http, Uri? metrics)
    {
        if (metrics is null)
        {
            return null;
        }

        using var response = await http.GetAsync(metrics).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        string text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return Value(text, MethodsMetric) is { } methods && Value(text, TimeMetric) is { } seconds
            ? new JitCounters((long)methods, seconds)
            : null;
    }

    /// <summary>What was compiled between two readings.</summary>
    public static JitCounters operator -(JitCounters after, JitCounters before) =>
        new(after.Methods - before.Methods, after.Seconds - before.Seconds);

    /// <summary>The value of a Prometheus sample line <c>name{labels} value</c> or <c>name value</c>.</summary>
    private static double? Value(string text, string name)
    {
        foreach (string line in text.Split('\n'))
        {
            if (line.StartsWith(name, StringComparison.Ordinal) && line.Length > name.Length && line[name.Length] is '{' or ' ')
            {
                return double.Parse(line[(line.LastIndexOf(' ') + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}
