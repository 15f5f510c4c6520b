namespace GameLibrary.Gateway.Memory;

/// <summary>The runtime's GC.</summary>
internal sealed class ManagedHeap : IManagedHeap
{
    public HeapSample Sample() => new(GC.GetTotalAllocatedBytes(), GC.GetGCMemoryInfo().TotalCommittedBytes);

    // Aggressive: a full compacting collection that also decommits what the GC would otherwise keep for later
    // allocations (a forced full collection returned nothing to the operating system in our measurements).
    public void Trim() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
