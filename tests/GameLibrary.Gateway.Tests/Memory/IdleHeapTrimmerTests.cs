using System.Diagnostics.Metrics;

using GameLibrary.Gateway.Memory;
using GameLibrary.Gateway.Telemetry;
using GameLibrary.Gateway.Tests.Support;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GameLibrary.Gateway.Tests.Memory;

public sealed class IdleHeapTrimmerTests : IDisposable
{
    private const long MiB = 1L << 20;
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(10);

    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task A_quiet_heap_that_grew_is_trimmed_once_and_the_trim_is_measured()
    {
        using GatewayTelemetry telemetry = new(_services.GetRequiredService<IMeterFactory>());
        int measured = 0;
        using MeterListener listener = new()
        {
            InstrumentPublished = (instrument, listening) =>
            {
                if (instrument.Meter.Name == GatewayTelemetry.MeterName && instrument.Name == "gamelibrary.gateway.memory.idle_trim.duration")
                {
                    listening.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref measured));
        listener.Start();
        FakeHeap heap = new(committedAfterTrim: 60 * MiB);
        using IdleHeapTrimmer trimmer = new(Options(enabled: true), heap, telemetry, NullLogger<IdleHeapTrimmer>.Instance, Tick);

        await trimmer.StartAsync(CancellationToken.None);

        // Growth after the first sample, the trimmer's baseline (it samples on a background thread).
        await Eventually.UntilAsync(() => Task.FromResult(heap.Samples), samples => samples >= 1, "the first sample");
        heap.Grow(200 * MiB);
        await Eventually.UntilAsync(() => Task.FromResult(heap.Trims), trims => trims == 1, "the quiet, grown heap to be trimmed");

        // Quiet still, but no new growth since the trim: many more samples, no second trim.
        int samplesAfterTrim = heap.Samples;
        await Eventually.UntilAsync(() => Task.FromResult(heap.Samples), samples => samples >= samplesAfterTrim + 50, "more samples after the trim");
        await trimmer.StopAsync(CancellationToken.None);

        Assert.Equal(1, heap.Trims);
        Assert.Equal(1, Volatile.Read(ref measured));
    }

    [Fact]
    public async Task Switched_off_it_never_reads_the_heap()
    {
        using GatewayTelemetry telemetry = new(_services.GetRequiredService<IMeterFactory>());
        FakeHeap heap = new(committedAfterTrim: 60 * MiB);
        using IdleHeapTrimmer trimmer = new(Options(enabled: false), heap, telemetry, NullLogger<IdleHeapTrimmer>.Instance, Tick);

        await trimmer.StartAsync(CancellationToken.None);
        heap.Grow(200 * MiB);
        await trimmer.ExecuteTask!;
        await trimmer.StopAsync(CancellationToken.None);

        Assert.Equal(0, heap.Samples);
        Assert.Equal(0, heap.Trims);
    }

    private static IdleTrimOptions Options(bool enabled) => new()
    {
        Enabled = enabled,
        QuietPeriod = Tick * 3,
        MinimumGrowth = 64 * MiB,
        MinimumInterval = TimeSpan.Zero,
    };

    /// <summary>A heap that allocates nothing (always quiet) and whose committed memory the test sets.</summary>
    private sealed class FakeHeap(long committedAfterTrim) : IManagedHeap
    {
        private long _committed = 40 * MiB;
        private int _samples;
        private int _trims;

        public int Samples => Volatile.Read(ref _samples);

        public int Trims => Volatile.Read(ref _trims);

        public void Grow(long bytes) => Interlocked.Add(ref _committed, bytes);

        public HeapSample Sample()
        {
            Interlocked.Increment(ref _samples);
            return new HeapSample(AllocatedBytes: 0, Interlocked.Read(ref _committed));
        }

        public void Trim()
        {
            Interlocked.Increment(ref _trims);
            Interlocked.Exchange(ref _committed, committedAfterTrim);
        }
    }
}
