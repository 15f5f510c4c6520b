using System.Globalization;
using BenchmarkDotNet.Running;
using GameLibrary.Gateway.Benchmarks;

// dotnet run -c Release --project bench/GameLibrary.Gateway.Benchmarks -- cpu [iterations] [rounds]: CPU time per operation.
if (args is ["cpu", .. var rest])
{
    CpuPerOperation.Run(
        rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 1000,
        rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 5);
    return;
}

// dotnet run -c Release --project bench/GameLibrary.Gateway.Benchmarks -- alloc [iterations]: the deep query's allocations by type.
if (args is ["alloc", .. var more])
{
    AllocationSampler.Run(more.Length > 0 ? int.Parse(more[0], CultureInfo.InvariantCulture) : 3000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
