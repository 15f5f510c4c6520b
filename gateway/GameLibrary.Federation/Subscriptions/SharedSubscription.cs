namespace GameLibrary.Federation.Subscriptions;

/// <summary>
/// One upstream subscription and the client subscriptions that share it. A single pump reads the upstream
/// events (each already completed and written once) and offers each to every subscriber's queue, so events
/// reach every subscriber in order and no subscriber waits for another.
/// </summary>
internal sealed class SharedSubscription
{
    // Not disposed: Stop may race with the upstream's own end, and a source without timers holds nothing to free.
    private readonly CancellationTokenSource _stop = new();

    // Copy-on-write: the pump reads it once per event without a lock; changed under the fan-out's lock.
    private FanoutSubscriber[] _subscribers = [];

    /// <summary>Set under the fan-out's lock once the upstream ended or the last subscriber left: nobody may join.</summary>
    public bool Closed { get; private set; }

    public int Count => _subscribers.Length;

    /// <summary>Joins a subscriber (caller holds the fan-out's lock).</summary>
    public void Add(FanoutSubscriber subscriber) => _subscribers = [.. _subscribers, subscriber];

    /// <summary>Removes a subscriber (caller holds the fan-out's lock); true when it was the last one.</summary>
    public bool Remove(FanoutSubscriber subscriber)
    {
        _subscribers = [.. _subscribers.Where(s => s != subscriber)];
        if (_subscribers.Length == 0 && !Closed)
        {
            Closed = true;
            return true;
        }

        return false;
    }

    /// <summary>Marks the subscription closed (caller holds the fan-out's lock); false when it already was.</summary>
    public bool Close()
    {
        if (Closed)
        {
            return false;
        }

        Closed = true;
        return true;
    }

    /// <summary>
    /// Reads the upstream until it ends or <see cref="Stop"/> is called, offering every event to every subscriber;
    /// <paramref name="ended"/> runs when the upstream ended by itself, before the subscribers are completed.
    /// </summary>
    public async Task PumpAsync(Func<CancellationToken, IAsyncEnumerable<GatewayResult>> open, Action ended)
    {
        SubscriptionMetrics.UpstreamOpened();
        try
        {
            await foreach (var result in open(_stop.Token).ConfigureAwait(false))
            {
                var subscribers = Volatile.Read(ref _subscribers);
                foreach (var subscriber in subscribers)
                {
                    subscriber.Offer(result);
                }

                SubscriptionMetrics.EventDelivered(subscribers.Length);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The last subscriber left: disposing the upstream enumerator completed it on the subgraph.
        }
        finally
        {
            SubscriptionMetrics.UpstreamClosed();
            ended();
            foreach (var subscriber in Volatile.Read(ref _subscribers))
            {
                subscriber.Complete();
            }
        }
    }

    /// <summary>Ends the upstream subscription (the last subscriber left).</summary>
    public void Stop() => _stop.Cancel();
}
