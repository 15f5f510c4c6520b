using System.Diagnostics.Metrics;

namespace GameLibrary.Federation.Subscriptions;

/// <summary>
/// The subscription fan-out's metrics, process-wide (every supergraph version's gateway adds to the same
/// instruments, so a hot swap does not reset them). Hosts export the meter named <see cref="MeterName"/>.
/// </summary>
internal static class SubscriptionMetrics
{
    public const string MeterName = FederationMetrics.MeterName;

    private static readonly Meter Meter = new(MeterName);

    private static long _clients;
    private static long _upstreams;

    private static readonly Counter<long> Dropped = Meter.CreateCounter<long>(
        "gamelibrary.gateway.subscription.events.dropped",
        unit: "{event}",
        description: "Events a slow subscriber did not get: reason=coalesced (an older snapshot replaced by a newer one) or reason=overflow (the subscriber was ended with SUBSCRIPTION_OVERFLOW).");

    private static readonly Counter<long> Delivered = Meter.CreateCounter<long>(
        "gamelibrary.gateway.subscription.events.delivered",
        unit: "{event}",
        description: "Events queued for client subscriptions (one per subscriber per event).");

    private static readonly Counter<long> WrittenDirectly = Meter.CreateCounter<long>(
        "gamelibrary.gateway.subscription.events.written_directly",
        unit: "{event}",
        description: "Of the delivered events, those the delivering thread wrote straight to the subscriber's connection (the others woke the subscriber's transport loop or were queued).");

    static SubscriptionMetrics()
    {
        Meter.CreateObservableGauge(
            "gamelibrary.gateway.subscriptions.active",
            () => Interlocked.Read(ref _clients),
            unit: "{subscription}",
            description: "Client subscriptions open on the gateway.");
        Meter.CreateObservableGauge(
            "gamelibrary.gateway.subscriptions.upstream",
            () => Interlocked.Read(ref _upstreams),
            unit: "{subscription}",
            description: "Upstream subgraph subscriptions the gateway holds (one per group of identical client subscriptions).");
        Meter.CreateObservableGauge(
            "gamelibrary.gateway.subscriptions.fanout_ratio",
            FanoutRatio,
            unit: "{subscription}",
            description: "Client subscriptions per upstream subscription (0 when there is none).");
    }

    public static void ClientOpened() => Interlocked.Increment(ref _clients);

    public static void ClientClosed() => Interlocked.Decrement(ref _clients);

    public static void UpstreamOpened() => Interlocked.Increment(ref _upstreams);

    public static void UpstreamClosed() => Interlocked.Decrement(ref _upstreams);

    public static void EventDelivered(int subscribers) => Delivered.Add(subscribers);

    public static void EventsWrittenDirectly(int subscribers)
    {
        if (subscribers > 0)
        {
            WrittenDirectly.Add(subscribers);
        }
    }

    public static void EventCoalesced() => Dropped.Add(1, new KeyValuePair<string, object?>("reason", "coalesced"));

    public static void EventOverflowed() => Dropped.Add(1, new KeyValuePair<string, object?>("reason", "overflow"));

    private static double FanoutRatio()
    {
        var upstreams = Interlocked.Read(ref _upstreams);
        return upstreams == 0 ? 0 : (double)Interlocked.Read(ref _clients) / upstreams;
    }
}
