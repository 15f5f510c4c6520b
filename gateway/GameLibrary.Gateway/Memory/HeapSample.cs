namespace GameLibrary.Gateway.Memory;

/// <summary>The managed heap at one moment: bytes allocated since the process started, and memory the GC has committed.</summary>
internal readonly record struct HeapSample(long AllocatedBytes, long CommittedBytes);
