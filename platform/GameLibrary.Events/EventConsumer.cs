using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

using StackExchange.Redis;

namespace GameLibrary.Events;

/// <summary>
/// Reads one event log under a consumer name, from the offset committed for that name, and hands each
/// event to <see cref="HandleAsync"/> in order, committing the offset after each success.
/// </summary>
/// <remarks>
/// At least once: a stop between handling and committing redelivers that event, and
/// <see cref="ReplayFromStartAsync"/> redelivers all of them, so handlers must be idempotent. A failing
/// event is retried (after <see cref="EventConsumerOptions.RetryDelay"/>) and holds back the ones after
/// it: order over progress. It wakes on the log's pub/sub notification and polls as a fallback. Run one
/// instance per consumer name: offsets are not leased.
/// </remarks>
public abstract partial class EventConsumer : BackgroundService
{
    private readonly RedisEventLog _log;
    private readonly EventConsumerOptions _options;
    private readonly ILogger _logger;
    private readonly AsyncSignal _wakeUp = new();
    private readonly SemaphoreSlim _pass = new(1, 1);

    /// <summary>Creates the consumer.</summary>
    /// <param name="log">The event log.</param>
    /// <param name="options">What to read and how.</param>
    /// <param name="logger">Reports failures.</param>
    protected EventConsumer(RedisEventLog log, EventConsumerOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        EventLogName.Validate(options.LogName, nameof(options));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConsumerName, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize, nameof(options));
        _log = log;
        _options = options;
        _logger = logger;
    }

    /// <summary>The log read.</summary>
    public string LogName => _options.LogName;

    /// <summary>The name the offset is kept under.</summary>
    public string ConsumerName => _options.ConsumerName;

    /// <summary>
    /// Handles every event after the committed offset, committing after each; one pass runs at a time.
    /// A handler's exception propagates, leaving the offset before the failed event.
    /// </summary>
    /// <param name="cancellationToken">Cancels the pass.</param>
    /// <returns>How many events were handled.</returns>
    public async Task<int> ProcessAvailableAsync(CancellationToken cancellationToken)
    {
        await _pass.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var offset = await _log.GetOffsetAsync(LogName, ConsumerName).ConfigureAwait(false);
            var handled = 0;
            while (true)
            {
                var batch = await _log.ReadAsync(LogName, offset, _options.BatchSize).ConfigureAwait(false);
                foreach (var recorded in batch)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await HandleAsync(recorded, cancellationToken).ConfigureAwait(false);
                    await _log.SetOffsetAsync(LogName, ConsumerName, recorded.Sequence).ConfigureAwait(false);
                    offset = recorded.Sequence;
                    handled++;
                }

                if (batch.Count < _options.BatchSize)
                {
                    return handled;
                }
            }
        }
        finally
        {
            _pass.Release();
        }
    }

    /// <summary>Moves the committed offset, e.g. back to replay; takes effect at the next pass, which it triggers.</summary>
    /// <param name="sequence">The last sequence to treat as processed; 0 replays the whole log.</param>
    /// <param name="cancellationToken">Cancels waiting for a running pass.</param>
    public async Task ResetOffsetAsync(long sequence, CancellationToken cancellationToken)
    {
        await _pass.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _log.SetOffsetAsync(LogName, ConsumerName, sequence).ConfigureAwait(false);
        }
        finally
        {
            _pass.Release();
        }

        _wakeUp.Set();
    }

    /// <summary>Makes the consumer handle the whole log again, from sequence 1.</summary>
    /// <param name="cancellationToken">Cancels waiting for a running pass.</param>
    public Task ReplayFromStartAsync(CancellationToken cancellationToken) => ResetOffsetAsync(0, cancellationToken);

    /// <inheritdoc />
    public override void Dispose()
    {
        _pass.Dispose();
        base.Dispose();
    }

    /// <summary>Applies one event; an exception leaves it uncommitted, to be delivered again.</summary>
    /// <param name="recorded">The event and its position.</param>
    /// <param name="cancellationToken">Signals shutdown.</param>
    protected abstract Task HandleAsync(RecordedEvent recorded, CancellationToken cancellationToken);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IAsyncDisposable? subscription = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                subscription ??= await TrySubscribeAsync().ConfigureAwait(false);
                try
                {
                    await ProcessAvailableAsync(stoppingToken).ConfigureAwait(false);
                    await _wakeUp.WaitAsync(_options.PollInterval, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogPassFailed(LogName, ConsumerName, exception);
                    await Task.Delay(_options.RetryDelay, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            if (subscription is not null)
            {
                await subscription.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<IAsyncDisposable?> TrySubscribeAsync()
    {
        try
        {
            return await _log.SubscribeAsync(LogName, _ => _wakeUp.Set()).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Polling still delivers; subscribing is tried again at the next pass.
            LogSubscribeFailed(LogName, ConsumerName, exception);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consumer {Consumer} of log {Log} failed; retrying from its committed offset")]
    private partial void LogPassFailed(string log, string consumer, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consumer {Consumer} could not subscribe to log {Log}; polling only")]
    private partial void LogSubscribeFailed(string log, string consumer, Exception exception);
}
