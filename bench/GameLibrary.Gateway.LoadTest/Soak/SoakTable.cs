using System.Globalization;

namespace GameLibrary.Gateway.LoadTest.Soak;

/// <summary>The soak's table, a row per sample: time, requests, errors, events, then each process's resident memory in MB.</summary>
internal static class SoakTable
{
    /// <summary>Writes the header.</summary>
    public static void WriteHeader(TextWriter output, IEnumerable<string> processes) =>
        output.WriteLine("| time | requests | errors | events | " + string.Join(" | ", processes.Select(name => $"{name} MB")) + " |");

    /// <summary>Writes one row.</summary>
    public static void WriteRow(TextWriter output, SoakSample sample, IEnumerable<string> processes) =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {sample.Elapsed:mm\\:ss} | {sample.Requests} | {sample.Errors} | {sample.Events} | {string.Join(" | ", processes.Select(name => Megabytes(sample.ResidentBytes[name])))} |"));

    /// <summary>Bytes as whole megabytes.</summary>
    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0", CultureInfo.InvariantCulture);
}
