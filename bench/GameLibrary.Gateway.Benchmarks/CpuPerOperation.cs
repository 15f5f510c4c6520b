using System.Diagnostics;
using System.Globalization;

namespace GameLibrary.Gateway.Benchmarks;

/// <summary>
/// <c>cpu</c> mode: the process's CPU time (all threads, user + system) and managed allocations per operation of a
/// few engine benchmarks, the figure that matters on a machine whose cores other processes share. BenchmarkDotNet
/// measures wall-clock time, which on a loaded machine is mostly time spent waiting for a core.
/// </summary>
internal static class CpuPerOperation
{
    /// <summary>Runs each case <paramref name="rounds"/> times (<paramref name="iterations"/> operations each, after a warm-up) and prints the median and best round.</summary>
    public static void Run(int iterations, int rounds)
    {
        var deep = new DeepQueryBenchmarks { Batching = true };
        deep.Setup();
        Measure("deep benchmark query (7 requests)", deep.DeepQuery, iterations, rounds);
        deep.Cleanup();

        var list = new GatewayBenchmarks();
        list.SetupListOnlyQuery();
        Measure("(b0) 100 items, no entity fetch", list.ListOf100ItemsWithoutEntityFetch, iterations * 5, rounds);
        list.Cleanup();

        var entities = new GatewayBenchmarks();
        entities.SetupListQuery();
        Measure("(b) entity fetch over 100 items", entities.EntityFetchOver100Items, iterations * 5, rounds);
        entities.Cleanup();

        foreach (var rating in new[] { false, true })
        {
            var page = new OwnGraphBenchmarks { AverageRating = rating };
            page.Setup();
            Measure(rating ? "own graph: games(first: 100) page + averageRating" : "own graph: games(first: 100) page", page.Page, iterations * 5, rounds);
            page.Cleanup();
        }
    }

    private static void Measure(string name, Func<Task<int>> operation, int iterations, int rounds)
    {
        for (var i = 0; i < iterations; i++)
        {
            operation().GetAwaiter().GetResult();
        }

        var cpu = new double[rounds];
        var allocated = new double[rounds];
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < iterations; i++)
            {
                operation().GetAwaiter().GetResult();
            }

            process.Refresh();
            cpu[round] = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / iterations;
            allocated[round] = (GC.GetTotalAllocatedBytes(precise: true) - bytesBefore) / 1024.0 / iterations;
        }

        Array.Sort(cpu);
        Array.Sort(allocated);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: CPU {cpu[rounds / 2]:F1} µs/op (best {cpu[0]:F1}), allocated {allocated[rounds / 2]:F1} KB/op; {rounds} rounds × {iterations:N0}"));
    }
}
