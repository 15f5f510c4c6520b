namespace GameLibrary.Federation.Subscriptions;

/// <summary>
/// Hands one event to every subscriber of a share group. A subscriber that is waiting for its next event has it written
/// to its connection by the delivering thread when its host gave it a writer (<see cref="IGatewayDirectEvents"/>: no
/// wake-up of the subscriber's loop at all), or else continues on the delivering thread — its transport frames the
/// event and writes it to the connection's buffer, which rarely has to wait. Either way an event costs one thread-pool
/// work item per part instead of one per subscriber (at 10,000 subscribers the per-subscriber work items and their
/// wake-ups were most of the gateway's user CPU). Large groups are
/// split into parts, one per core at most; the returned task completes when every part is done, and the pump
/// delivers the next event only then, which keeps each subscriber's events in order.
/// </summary>
internal sealed class FanoutDelivery
{
    /// <summary>Subscribers per part below which one thread delivers alone (a part is a few milliseconds of work).</summary>
    public const int PartSize = 1024;

    private readonly FanoutSubscriber[] _subscribers;
    private readonly GatewayResult _result;
    private readonly int _partLength;
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _remaining;

    private FanoutDelivery(FanoutSubscriber[] subscribers, GatewayResult result, int parts)
    {
        _subscribers = subscribers;
        _result = result;
        _remaining = parts;
        _partLength = (subscribers.Length + parts - 1) / parts;
    }

    /// <summary>Offers <paramref name="result"/> to every subscriber; completes when all have it (queued or being written).</summary>
    public static Task DeliverAsync(FanoutSubscriber[] subscribers, GatewayResult result)
    {
        int parts = Math.Clamp((subscribers.Length + PartSize - 1) / PartSize, 1, Environment.ProcessorCount);
        if (parts == 1)
        {
            Offer(subscribers, result);
            return Task.CompletedTask;
        }

        var delivery = new FanoutDelivery(subscribers, result, parts);
        for (int part = 1; part < parts; part++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static state => state.Delivery.Run(state.Part), (Delivery: delivery, Part: part), preferLocal: false);
        }

        delivery.Run(0);
        return delivery._done.Task;
    }

    private static void Offer(ReadOnlySpan<FanoutSubscriber> subscribers, GatewayResult result)
    {
        int written = 0;
        foreach (var subscriber in subscribers)
        {
            if (subscriber.Offer(result, inline: true))
            {
                written++;
            }
        }

        SubscriptionMetrics.EventsWrittenDirectly(written);
    }

    private void Run(int part)
    {
        try
        {
            int start = part * _partLength;
            Offer(_subscribers.AsSpan(start, Math.Min(_partLength, _subscribers.Length - start)), _result);
        }
        catch (Exception exception)
        {
            // A thread-pool work item must not throw; the pump ends the share group with it.
            _done.TrySetException(exception);
        }

        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _done.TrySetResult();
        }
    }
}
