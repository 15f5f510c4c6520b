using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Events;

/// <summary>
/// Wakes the <see cref="OutboxPublisher{TContext}"/> of <typeparamref name="TContext"/> before its poll
/// interval. Raised automatically after <typeparamref name="TContext"/> saves changes outside a transaction
/// or commits one; call <see cref="Notify"/> after writing outbox rows some other way.
/// </summary>
/// <typeparam name="TContext">The producer's context.</typeparam>
public sealed class OutboxSignal<TContext>
    where TContext : DbContext
{
    private readonly AsyncSignal _signal = new();

    /// <summary>Asks the publisher to run a pass now.</summary>
    public void Notify() => _signal.Set();

    internal Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
