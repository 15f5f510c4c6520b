using System.Runtime.CompilerServices;
using System.Threading.Channels;
using GameLibrary.Federation.Responses;

namespace GameLibrary.Federation.Subscriptions;

/// <summary>
/// One client subscription of a shared subscription: a bounded queue between the shared upstream (which never
/// waits for it) and the client's transport. When the queue is full a coalescing subscriber drops its oldest
/// queued event (snapshots: the newest supersedes it); any other subscriber is ended with <c>SUBSCRIPTION_OVERFLOW</c>.
/// </summary>
internal sealed class FanoutSubscriber
{
    private readonly Channel<GatewayResult> _queue;
    private readonly bool _coalesce;

    // The last result after the queue drains: the overflow error, when the subscriber fell too far behind.
    private GatewayResult? _final;

    public FanoutSubscriber(int capacity, bool coalesce)
    {
        _coalesce = coalesce;
        var options = new BoundedChannelOptions(Math.Max(1, capacity))
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = coalesce ? BoundedChannelFullMode.DropOldest : BoundedChannelFullMode.Wait,
        };
        _queue = coalesce
            ? Channel.CreateBounded<GatewayResult>(options, static _ => SubscriptionMetrics.EventCoalesced())
            : Channel.CreateBounded<GatewayResult>(options);
    }

    /// <summary>Where the subscriber sits in its shared subscription's members (managed by <see cref="SharedSubscription"/>).</summary>
    public int Slot { get; set; } = -1;

    /// <summary>Queues an event without waiting; a full queue coalesces or ends this subscriber.</summary>
    public void Offer(GatewayResult result)
    {
        if (_queue.Writer.TryWrite(result) || _coalesce)
        {
            return;
        }

        if (_final is null && _queue.Writer.TryComplete())
        {
            _final = Overflow;
            SubscriptionMetrics.EventOverflowed();
        }
    }

    /// <summary>No more events: the reader ends after the queued ones.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    /// <summary>The queued events, in order, then the overflow error if there was one.</summary>
    public async IAsyncEnumerable<GatewayResult> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var result in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }

        if (_final is { } final)
        {
            yield return final;
        }
    }

    private static GatewayResult Overflow { get; } = new(GatewayResultKind.Executed, static writer => ResponseWriter.WriteRequestErrors(writer, [GatewayError.WithCode(
        "The subscription fell too far behind its events and was ended; subscribe again to resume.", ErrorCodes.SubscriptionOverflow)]));
}
