using System.Diagnostics;
using System.Threading.Channels;

using GameLibrary.Federation;
using GameLibrary.Gateway.Composition;
using GameLibrary.Gateway.Configuration;
using GameLibrary.Gateway.Telemetry;

using Microsoft.Extensions.Options;

namespace GameLibrary.Gateway.Supergraphs;

/// <summary>
/// Loads the configured supergraph file at start-up (unless the command line already did) and again whenever
/// its content changes, found by file-system events or by polling its size and modification time. Changes
/// are debounced; a broken or unreadable file is logged and the supergraph being served is kept.
/// </summary>
internal sealed class SupergraphWatcher(
    SupergraphLoader loader,
    SupergraphProvider provider,
    GatewayTelemetry telemetry,
    IOptions<GatewayOptions> options,
    IOptions<ComposeOptions> composition,
    ILogger<SupergraphWatcher> logger) : BackgroundService
{
    // One pending signal is enough: a reload always reads the file as it is by then.
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    // The content last rejected: an event and a poll often report the same change, which is rejected and logged once.
    private string? _rejectedSha256;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Supergraph is not { Length: > 0 } configured)
        {
            // Composing from the subgraphs instead (Gateway:Compose) is not a misconfiguration.
            if (!composition.Value.Enabled)
            {
                SupergraphLog.NotConfigured(logger);
            }

            return;
        }

        string path = Path.GetFullPath(configured);
        SupergraphWatchOptions watch = options.Value.Watch;
        using FileSystemWatcher? events = TryWatchEvents(path, watch.PollInterval);
        Task polling = PollAsync(path, watch.PollInterval, stoppingToken);
        try
        {
            // Catches up with a change made between the command line's load and the watch starting.
            Reload(path);
            while (true)
            {
                await _changes.Reader.ReadAsync(stoppingToken).ConfigureAwait(false);
                do
                {
                    await Task.Delay(watch.Debounce, stoppingToken).ConfigureAwait(false);
                }
                while (_changes.Reader.TryRead(out _));

                Reload(path);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }

        await polling.ConfigureAwait(false);
    }

    private void Reload(string path)
    {
        SupergraphFile file;
        try
        {
            file = SupergraphFile.Read(path);
        }
        catch (SupergraphFileException exception)
        {
            SupergraphLog.Unreadable(logger, exception.Message, Serving());
            return;
        }

        if (file.Sha256 == provider.Current?.File.Sha256 || file.Sha256 == _rejectedSha256)
        {
            SupergraphLog.Unchanged(logger, path);
            return;
        }

        long started = Stopwatch.GetTimestamp();
        FederationGateway gateway;
        try
        {
            gateway = loader.Load(file);
        }
        catch (Exception exception)
        {
            // Whatever the engine throws, the file is what is wrong for the operator and the old supergraph stays;
            // only an unexpected exception type is worth its stack trace.
            _rejectedSha256 = file.Sha256;
            telemetry.SupergraphRejected();
            SupergraphLog.Rejected(logger, exception is SupergraphException ? null : exception, path, exception.Message, Serving());
            return;
        }

        provider.Install(gateway, file, Stopwatch.GetElapsedTime(started));
        _rejectedSha256 = null;
    }

    private string Serving() => provider.Current is { } current ? $"supergraph version {current.Version}" : "no supergraph yet";

    private FileSystemWatcher? TryWatchEvents(string path, TimeSpan pollInterval)
    {
        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(Path.GetDirectoryName(path)!, Path.GetFileName(path))
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            watcher.Changed += (_, _) => Signal();
            watcher.Created += (_, _) => Signal();
            watcher.Renamed += (_, _) => Signal();
            watcher.Deleted += (_, _) => Signal();

            // A lost event (buffer overflow) may hide a change: look at the file once more.
            watcher.Error += (_, _) => Signal();
            watcher.EnableRaisingEvents = true;
            SupergraphLog.Watching(logger, path, pollInterval);
            return watcher;
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or PlatformNotSupportedException)
        {
            // A missing directory, or the inotify instance limit of a crowded container: polling still sees changes.
            watcher?.Dispose();
            SupergraphLog.EventsUnavailable(logger, path, exception.Message, pollInterval);
            return null;
        }
    }

    private async Task PollAsync(string path, TimeSpan interval, CancellationToken stoppingToken)
    {
        SupergraphFileStamp last = SupergraphFileStamp.Of(path);
        using PeriodicTimer timer = new(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                SupergraphFileStamp current = SupergraphFileStamp.Of(path);
                if (current != last)
                {
                    last = current;
                    Signal();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private void Signal() => _changes.Writer.TryWrite(true);
}
