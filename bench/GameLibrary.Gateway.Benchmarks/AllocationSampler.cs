using System.Diagnostics.Tracing;
using System.Globalization;

namespace GameLibrary.Gateway.Benchmarks;

/// <summary>
/// <c>alloc</c> mode: which types the deep query's allocations are made of. The runtime reports a sampled allocation
/// about every 100 KB (its <c>GCAllocationTick</c> event, naming the type allocated when the threshold was crossed), so
/// over many operations the samples per type are proportional to the bytes of that type.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int GCAllocationTickEvent = 10;

    private readonly Dictionary<string, long> _bytesByType = [];
    private long _sampledBytes;

    /// <summary>Runs the deep query <paramref name="iterations"/> times under the listener and prints the types that make up most of its bytes.</summary>
    public static void Run(int iterations)
    {
        var deep = new DeepQueryBenchmarks { Batching = true };
        deep.Setup();
        for (var i = 0; i < 200; i++)
        {
            deep.DeepQuery().GetAwaiter().GetResult();
        }

        using var sampler = new AllocationSampler();
        for (var i = 0; i < iterations; i++)
        {
            deep.DeepQuery().GetAwaiter().GetResult();
        }

        deep.Cleanup();
        sampler.Print(iterations);
    }

    /// <inheritdoc />
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            // The GC keyword at verbose level includes the allocation tick.
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    /// <inheritdoc />
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId != GCAllocationTickEvent || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.Payload![eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(eventData.Payload[eventData.PayloadNames.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        lock (_bytesByType)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
            _sampledBytes += amount;
        }
    }

    private void Print(int iterations)
    {
        lock (_bytesByType)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"deep query: {_sampledBytes / 1024.0 / iterations:F0} KB/op sampled over {iterations:N0} operations"));
            foreach (var (type, bytes) in _bytesByType.OrderByDescending(p => p.Value).Take(25))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * bytes / _sampledBytes,5:F1} %  {bytes / 1024.0 / iterations,6:F1} KB/op  {type}"));
            }
        }
    }
}
