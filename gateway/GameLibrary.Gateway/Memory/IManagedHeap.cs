namespace GameLibrary.Gateway.Memory;

/// <summary>The process's managed heap, as the idle trim reads and trims it (a seam for the trimmer's tests).</summary>
internal interface IManagedHeap
{
    /// <summary>Reads the allocation total and the committed memory.</summary>
    HeapSample Sample();

    /// <summary>Collects, compacts and returns every spare page to the operating system; blocks until done.</summary>
    void Trim();
}
