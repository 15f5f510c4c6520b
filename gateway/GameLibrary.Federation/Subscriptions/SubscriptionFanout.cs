namespace GameLibrary.Federation.Subscriptions;

/// <summary>
/// Shares upstream subscriptions between identical client subscriptions (<see cref="SubscriptionShareKey"/>):
/// the first subscriber opens the upstream one, later ones join it, the last one leaving completes it. An
/// upstream that ends (normally, or after its error event) completes every subscriber. Thread-safe.
/// </summary>
internal sealed class SubscriptionFanout(SubscriptionFanoutOptions options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<SubscriptionShareKey, SharedSubscription> _shared = [];
    private int _clients;

    /// <summary>Client subscriptions being served.</summary>
    public int ClientSubscriptions => Volatile.Read(ref _clients);

    /// <summary>Upstream subscriptions open (one per group of identical client subscriptions).</summary>
    public int UpstreamSubscriptions
    {
        get
        {
            lock (_gate)
            {
                return _shared.Count;
            }
        }
    }

    /// <summary>
    /// The events of one client subscription. <paramref name="open"/> opens the upstream subscription (each
    /// event completed and rendered once) when no identical one is open; it is called at most once per group.
    /// The subscriber joins when its events are first read and leaves when its enumerator is disposed.
    /// </summary>
    public IAsyncEnumerable<GatewayResult> Subscribe(
        SubscriptionShareKey key,
        bool coalesce,
        Func<CancellationToken, IAsyncEnumerable<GatewayResult>> open,
        CancellationToken cancellationToken) =>
        new FanoutSubscription(this, key, coalesce, options.QueueCapacity, open, cancellationToken);

    /// <summary>Adds the subscriber to the open group of its key, or opens one (and its upstream subscription).</summary>
    public SharedSubscription Join(
        SubscriptionShareKey key,
        FanoutSubscriber subscriber,
        Func<CancellationToken, IAsyncEnumerable<GatewayResult>> open)
    {
        SharedSubscription? started = null;
        SharedSubscription shared;
        lock (_gate)
        {
            if (!_shared.TryGetValue(key, out shared!) || shared.Closed)
            {
                shared = started = new SharedSubscription();
                _shared[key] = shared;
            }

            shared.Add(subscriber);
        }

        Interlocked.Increment(ref _clients);
        SubscriptionMetrics.ClientOpened();
        if (started is not null)
        {
            _ = Task.Run(() => started.PumpAsync(open, () => Ended(key, started)), CancellationToken.None);
        }

        return shared;
    }

    /// <summary>Removes a subscriber; the last one out completes the upstream subscription.</summary>
    public void Leave(SubscriptionShareKey key, SharedSubscription shared, FanoutSubscriber subscriber)
    {
        bool last;
        lock (_gate)
        {
            last = shared.Remove(subscriber);
            if (last)
            {
                Forget(key, shared);
            }
        }

        Interlocked.Decrement(ref _clients);
        SubscriptionMetrics.ClientClosed();
        if (last)
        {
            shared.Stop();
        }
    }

    private void Ended(SubscriptionShareKey key, SharedSubscription shared)
    {
        lock (_gate)
        {
            if (shared.Close())
            {
                Forget(key, shared);
            }
        }
    }

    // A newer group may already hold the key (this one closed and someone subscribed again): leave that one.
    private void Forget(SubscriptionShareKey key, SharedSubscription shared)
    {
        if (_shared.TryGetValue(key, out var current) && current == shared)
        {
            _shared.Remove(key);
        }
    }
}
