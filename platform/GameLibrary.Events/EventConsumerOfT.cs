using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GameLibrary.Events;

/// <summary>An <see cref="EventConsumer"/> that resolves <typeparamref name="THandler"/> in a fresh DI scope per event.</summary>
/// <typeparam name="THandler">The handler; it may depend on scoped services such as a DbContext.</typeparam>
/// <param name="scopes">Creates the scope of each event.</param>
/// <param name="log">The event log.</param>
/// <param name="options">What to read and how.</param>
/// <param name="logger">Reports failures.</param>
public sealed class EventConsumer<THandler>(
    IServiceScopeFactory scopes,
    RedisEventLog log,
    EventConsumerOptions options,
    ILogger<EventConsumer<THandler>> logger) : EventConsumer(log, options, logger)
    where THandler : IEventHandler
{
    /// <inheritdoc />
    protected override async Task HandleAsync(RecordedEvent recorded, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            await scope.ServiceProvider.GetRequiredService<THandler>().HandleAsync(recorded, cancellationToken).ConfigureAwait(false);
        }
    }
}
