using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using GameLibrary.Transport.Logging;

namespace GameLibrary.Transport.Hosting;

/// <summary>
/// Starts the graceful shutdown as soon as the application begins stopping (before the server stops
/// accepting connections), and holds the host's stop until the transport has drained or its deadline passed.
/// </summary>
internal sealed class GraphQLShutdownService(
    GraphQLOperationTracker tracker,
    IHostApplicationLifetime lifetime,
    IOptions<GraphQLTransportOptions> options,
    ILogger<GraphQLShutdownService> logger) : IHostedService, IDisposable
{
    private CancellationTokenRegistration _stoppingRegistration;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _stoppingRegistration = lifetime.ApplicationStopping.Register(BeginShutdown);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        BeginShutdown();
        try
        {
            await tracker.Drained.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's own shutdown deadline came first; it abandons the rest.
        }
    }

    public void Dispose() => _stoppingRegistration.Dispose();

    private void BeginShutdown()
    {
        if (!tracker.IsStopping)
        {
            TransportLog.ShutdownStarted(logger, tracker.InFlight, options.Value.ShutdownTimeout);
        }

        tracker.BeginShutdown(options.Value.ShutdownTimeout);
    }
}
