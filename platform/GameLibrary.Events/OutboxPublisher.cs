using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GameLibrary.Events;

/// <summary>
/// Moves <typeparamref name="TContext"/>'s outbox rows to the Redis event log, oldest first, then deletes
/// them. At least once: a crash between the append and the delete republishes the rows at the next pass,
/// and the log drops them as duplicates by event id.
/// </summary>
/// <remarks>
/// Rows are deleted rather than marked, so a row committed late with a lower id than rows already
/// published (concurrent transactions) is still picked up: the log's order is the publishing order.
/// </remarks>
/// <typeparam name="TContext">The producer's context; its model includes <see cref="EventsModelBuilderExtensions.AddOutbox"/>.</typeparam>
public sealed partial class OutboxPublisher<TContext> : BackgroundService
    where TContext : DbContext
{
    private readonly IServiceScopeFactory _scopes;
    private readonly RedisEventLog _log;
    private readonly OutboxSignal<TContext> _signal;
    private readonly OutboxPublisherOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _pass = new(1, 1);

    /// <summary>Creates the publisher.</summary>
    /// <param name="scopes">Creates the scope each batch's context is resolved in.</param>
    /// <param name="log">The event log.</param>
    /// <param name="signal">Wakes the publisher early.</param>
    /// <param name="options">Poll interval and batch size.</param>
    /// <param name="logger">Reports failed passes.</param>
    public OutboxPublisher(
        IServiceScopeFactory scopes,
        RedisEventLog log,
        OutboxSignal<TContext> signal,
        OutboxPublisherOptions options,
        ILogger<OutboxPublisher<TContext>> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize, nameof(options));
        _scopes = scopes;
        _log = log;
        _signal = signal;
        _options = options;
        _logger = logger;
    }

    /// <summary>Publishes every row committed so far; one pass runs at a time.</summary>
    /// <param name="cancellationToken">Cancels the pass between batches.</param>
    /// <returns>How many rows were published.</returns>
    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        await _pass.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var published = 0;
            while (true)
            {
                var count = await PublishBatchAsync(cancellationToken).ConfigureAwait(false);
                published += count;
                if (count < _options.BatchSize)
                {
                    return published;
                }
            }
        }
        finally
        {
            _pass.Release();
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _pass.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PublishPendingAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Database or Redis unavailable: the rows stay and the next pass retries them.
                LogPassFailed(typeof(TContext).Name, exception);
            }

            await _signal.WaitAsync(_options.PollInterval, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task<int> PublishBatchAsync(CancellationToken cancellationToken)
    {
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var outbox = scope.ServiceProvider.GetRequiredService<TContext>().Set<OutboxMessage>();
            var batch = await outbox.AsNoTracking()
                .OrderBy(message => message.Id)
                .Take(_options.BatchSize)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return 0;
            }

            await _log.AppendAsync(batch.Select(message => message.ToDomainEvent())).ConfigureAwait(false);
            var ids = batch.Select(message => message.Id).ToList();
            // Should this fail, the rows are appended again at the next pass and the log skips them as duplicates.
            await outbox.Where(message => ids.Contains(message.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            return batch.Count;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing the outbox of {Context} failed; retrying at the next pass")]
    private partial void LogPassFailed(string context, Exception exception);
}
