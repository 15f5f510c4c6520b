using System.Runtime.CompilerServices;

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
    /// </summary>
    public async IAsyncEnumerable<GatewayResult> SubscribeAsync(
        SubscriptionShareKey key,
        bool coalesce,
        Func<CancellationToken, IAsyncEnumerable<GatewayResult>> open,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var subscriber = new FanoutSubscriber(options.QueueCapacity, coalesce);
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

        try
        {
            await foreach (var result in subscriber.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }
        }
        finally
        {
            Leave(key, shared, subscriber);
            Interlocked.Decrement(ref _clients);
            SubscriptionMetrics.ClientClosed();
        }
    }

    private void Leave(SubscriptionShareKey key, SharedSubscription shared, FanoutSubscriber subscriber)
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
