using System.Globalization;

namespace GameLibrary.Gateway.LoadTest;

/// <summary>Prints one query's measurements as a Markdown table, then ours as a ratio to each other gateway.</summary>
internal static class ComparisonTable
{
    /// <summary>Writes the tables for one query.</summary>
    public static void Print(TextWriter output, string query, IReadOnlyList<GatewayMeasurement> rows)
    {
        output.WriteLine();
        output.WriteLine($"{query}:");
        output.WriteLine();
        output.WriteLine("| gateway | req/s | p50 | p95 | p99 | errors | gateway CPU-s / 1,000 req | peak RSS | subgraph req / req under load | subgraph req, one query alone | response = ours |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            var load = row.Load;
            output.WriteLine(Invariant(
                $"| {row.Gateway} | {load.RequestsPerSecond:#,0} | {Ms(load.Percentile(0.50))} | {Ms(load.Percentile(0.95))} | {Ms(load.Percentile(0.99))} | {load.Errors} | {load.CpuSecondsPerThousandRequests:0.00} | {Mb(load.PeakResidentBytes)} | {load.SubgraphRequestsPerRequest?.ToString("0.00", CultureInfo.InvariantCulture) ?? "–"} | {row.SubgraphRequestsAlone?.ToString(CultureInfo.InvariantCulture) ?? "–"} | {(row.IsOurs ? "–" : row.SameResponseAsOurs ? "yes" : "NO")} |"));
        }

        var ours = rows.FirstOrDefault(r => r.IsOurs);
        var peers = rows.Where(r => !r.IsOurs).ToList();
        if (ours is null || peers.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Ours ÷ each peer (req/s: above 1 = ours serves more; p99, CPU and RSS: below 1 = ours is lower):");
        output.WriteLine();
        output.WriteLine("| ours ÷ | req/s | p50 | p99 | gateway CPU / request | peak RSS |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var peer in peers)
        {
            output.WriteLine(Invariant(
                $"| {peer.Gateway} | {Ratio(ours.Load.RequestsPerSecond, peer.Load.RequestsPerSecond)} | {Ratio(ours.Load.Percentile(0.50).TotalMilliseconds, peer.Load.Percentile(0.50).TotalMilliseconds)} | {Ratio(ours.Load.Percentile(0.99).TotalMilliseconds, peer.Load.Percentile(0.99).TotalMilliseconds)} | {Ratio(ours.Load.CpuSecondsPerThousandRequests, peer.Load.CpuSecondsPerThousandRequests)} | {Ratio(ours.Load.PeakResidentBytes, peer.Load.PeakResidentBytes)} |"));
        }
    }

    private static string Ratio(double ours, double peer) => peer == 0 ? "–" : Invariant($"{ours / peer:0.00}×");

    private static string Ms(TimeSpan latency) => Invariant($"{latency.TotalMilliseconds:#,0.0} ms");

    private static string Mb(long bytes) => Invariant($"{bytes / (1024.0 * 1024.0):#,0} MB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
