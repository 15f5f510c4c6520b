namespace GameLibrary.Federation.Subscriptions;

/// <summary>The events of one client subscription of a share group; each enumeration is a subscriber of its own.</summary>
internal sealed class FanoutSubscription(
    SubscriptionFanout fanout,
    SubscriptionShareKey key,
    bool coalesce,
    int capacity,
    Func<CancellationToken, IAsyncEnumerable<GatewayResult>> open,
    CancellationToken subscribeToken) : IAsyncEnumerable<GatewayResult>
{
    public IAsyncEnumerator<GatewayResult> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        new FanoutSubscriber(fanout, key, coalesce, capacity, open, subscribeToken, cancellationToken);
}
