using System.Globalization;

namespace GameLibrary.Gateway.LoadTest.Soak;

/// <summary>
/// The soak's judgement: no errors at all (any error is growth from zero), subscriptions received events, and no
/// process's resident memory grew past the tolerance (<see cref="SoakSettings.MemoryGrowthFraction"/> of its
/// warmed-up size plus <see cref="SoakSettings.MemoryGrowthSlack"/>) between the end of the warm-up and the end.
/// </summary>
/// <param name="Samples">The table's rows.</param>
/// <param name="Failures">What broke the tolerances; empty when the soak passed.</param>
/// <param name="LastError">The last error seen, if any.</param>
internal sealed record SoakVerdict(IReadOnlyList<SoakSample> Samples, IReadOnlyList<string> Failures, string? LastError)
{
    /// <summary>Whether the soak passed.</summary>
    public bool Passed => Failures.Count == 0;

    /// <summary>Judges the rows.</summary>
    public static SoakVerdict Judge(IReadOnlyList<SoakSample> samples, SoakSettings settings, string? lastError)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(settings);
        var failures = new List<string>();
        SoakSample last = samples[^1];
        if (last.Errors > 0)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{last.Errors} errors (tolerance: none); last: {lastError}"));
        }

        if (last.Requests == 0 || last.Events == 0)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"no load went through: {last.Requests} requests, {last.Events} subscription events"));
        }

        SoakSample warm = samples.FirstOrDefault(sample => sample.Elapsed >= settings.Warmup) ?? samples[0];
        foreach ((string name, long start) in warm.ResidentBytes)
        {
            long end = last.ResidentBytes[name];
            long allowed = (long)(start * (1 + SoakSettings.MemoryGrowthFraction)) + SoakSettings.MemoryGrowthSlack;
            if (start > 0 && end > allowed)
            {
                failures.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{name} grew from {SoakTable.Megabytes(start)} MB (at {warm.Elapsed:mm\\:ss}) to {SoakTable.Megabytes(end)} MB, over the {SoakTable.Megabytes(allowed)} MB allowed"));
            }
        }

        return new SoakVerdict(samples, failures, lastError);
    }

    /// <summary>Writes the verdict under the table.</summary>
    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(Passed
            ? $"soak passed: no errors; memory within +{SoakSettings.MemoryGrowthFraction:P0} + {SoakTable.Megabytes(SoakSettings.MemoryGrowthSlack)} MB of its warmed-up size"
            : "soak FAILED:" + Environment.NewLine + string.Join(Environment.NewLine, Failures.Select(failure => "  " + failure)));
    }
}
