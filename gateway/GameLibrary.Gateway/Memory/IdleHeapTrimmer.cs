using System.Diagnostics;

using GameLibrary.Gateway.Configuration;
using GameLibrary.Gateway.Telemetry;

using Microsoft.Extensions.Options;

namespace GameLibrary.Gateway.Memory;

/// <summary>
/// Samples the managed heap once a second and trims it when <see cref="IdleTrimPolicy"/> says so (ADR 0019). After a
/// burst of connections the GC keeps the burst's spare memory committed (free space between the connections' objects,
/// its allocation budget, Kestrel's returned buffers) until collections that an idle process never makes: at 10,000
/// idle subscribers that is a quarter of the process (docs/performance.md). The trim returns it, and takes the one
/// blocking collection the burst would otherwise cost later, under load, while nothing is waiting.
/// </summary>
internal sealed partial class IdleHeapTrimmer : BackgroundService
{
    private readonly IdleTrimOptions _options;
    private readonly IManagedHeap _heap;
    private readonly GatewayTelemetry _telemetry;
    private readonly ILogger<IdleHeapTrimmer> _logger;
    private readonly TimeSpan _interval;

    public IdleHeapTrimmer(IOptions<GatewayOptions> options, IManagedHeap heap, GatewayTelemetry telemetry, ILogger<IdleHeapTrimmer> logger)
        : this(options.Value.IdleTrim, heap, telemetry, logger, TimeSpan.FromSeconds(1))
    {
    }

    internal IdleHeapTrimmer(IdleTrimOptions options, IManagedHeap heap, GatewayTelemetry telemetry, ILogger<IdleHeapTrimmer> logger, TimeSpan interval)
    {
        _options = options;
        _heap = heap;
        _telemetry = telemetry;
        _logger = logger;
        _interval = interval;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        IdleTrimPolicy policy = new(_options, _interval);
        using PeriodicTimer timer = new(_interval);
        try
        {
            do
            {
                HeapSample sample = _heap.Sample();
                if (!policy.ShouldTrim(sample))
                {
                    continue;
                }

                long started = Stopwatch.GetTimestamp();
                _heap.Trim();
                TimeSpan paused = Stopwatch.GetElapsedTime(started);
                HeapSample after = _heap.Sample();
                policy.Trimmed(after);
                _telemetry.HeapTrimmed(paused);
                Trimmed(_logger, sample.CommittedBytes >> 20, after.CommittedBytes >> 20, paused.TotalMilliseconds);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Trimmed the managed heap while quiet: committed {BeforeMegabytes} MB -> {AfterMegabytes} MB, paused {PauseMilliseconds:0} ms")]
    private static partial void Trimmed(ILogger logger, long beforeMegabytes, long afterMegabytes, double pauseMilliseconds);
}
