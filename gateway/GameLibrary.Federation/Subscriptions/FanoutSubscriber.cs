using System.Threading.Tasks.Sources;
using GameLibrary.Federation.Responses;

namespace GameLibrary.Federation.Subscriptions;

/// <summary>
/// One client subscription of a shared subscription, read by the client's transport: a bounded queue between the
/// shared upstream (which never waits for it) and the transport. When the queue is full a coalescing subscriber drops
/// its oldest queued event (snapshots: the newest supersedes it); any other subscriber is ended with
/// <c>SUBSCRIPTION_OVERFLOW</c>. It joins its share group on the first <see cref="MoveNextAsync"/> and leaves it when
/// its events end (the upstream ended, it overflowed, or a token was cancelled) or on <see cref="DisposeAsync"/>. Hand-written rather than a channel behind async iterators: an idle subscriber is one
/// small object with no pending operation per wait, and an event handed to a waiting reader costs no allocation.
/// With a host's writer (<see cref="IGatewayDirectEvents"/>) an event for a waiting reader is written by the delivering
/// thread and the reader is not woken at all; the queue then only holds events of a reader that is busy writing.
/// </summary>
internal sealed class FanoutSubscriber : IAsyncEnumerator<GatewayResult>, IValueTaskSource<bool>, IGatewayDirectEvents
{
    private readonly SubscriptionFanout _fanout;
    private readonly SubscriptionShareKey _key;
    private readonly bool _coalesce;
    private readonly int _capacity;
    // Dropped once joined: it holds the request's prepared operation, needed only by a group's first subscriber.
    private Func<CancellationToken, IAsyncEnumerable<GatewayResult>>? _open;
    private readonly CancellationToken _subscribeToken;
    private readonly CancellationToken _readToken;

    private readonly Lock _gate = new();
    // Made when an event first has to wait: a reader that keeps up takes each one straight from Offer.
    private Queue<GatewayResult>? _queue;
    private ManualResetValueTaskSourceCore<bool> _waiter;
    private bool _waiting;
    private IGatewayEventWriter? _writer;

    // No more events will be offered; the reader ends after the queued ones and _final.
    private bool _completed;

    // The last result after the queue drains: the overflow error, when the subscriber fell too far behind.
    private GatewayResult? _final;

    private CancellationToken _cancelledBy;
    private CancellationTokenRegistration _subscribeCancellation;
    private CancellationTokenRegistration _readCancellation;
    private SharedSubscription? _shared;
    private int _left;
    private bool _disposed;

    public FanoutSubscriber(
        SubscriptionFanout fanout,
        SubscriptionShareKey key,
        bool coalesce,
        int capacity,
        Func<CancellationToken, IAsyncEnumerable<GatewayResult>> open,
        CancellationToken subscribeToken,
        CancellationToken readToken)
    {
        _fanout = fanout;
        _key = key;
        _coalesce = coalesce;
        _capacity = Math.Max(1, capacity);
        _open = open;
        _subscribeToken = subscribeToken;
        _readToken = readToken;
    }

    /// <summary>Where the subscriber sits in its shared subscription's members (managed by <see cref="SharedSubscription"/>).</summary>
    public int Slot { get; set; } = -1;

    public GatewayResult Current { get; private set; } = null!;

    public ValueTask<bool> MoveNextAsync()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_shared is null)
        {
            Join();
        }

        lock (_gate)
        {
            if (!_cancelledBy.IsCancellationRequested)
            {
                if (_queue is not null && _queue.TryDequeue(out var next))
                {
                    Current = next;
                    return new ValueTask<bool>(true);
                }

                if (_final is { } final)
                {
                    _final = null;
                    Current = final;
                    return new ValueTask<bool>(true);
                }

                if (!_completed)
                {
                    _waiter.Reset();
                    _waiting = true;
                    return new ValueTask<bool>(this, _waiter.Version);
                }
            }
        }

        // The end: cancelled, or completed with nothing left.
        Leave();
        _cancelledBy.ThrowIfCancellationRequested();
        return new ValueTask<bool>(false);
    }

    /// <inheritdoc />
    public void UseWriter(IGatewayEventWriter writer) => _writer = writer;

    /// <summary>Leaves the share group (the last one out completes the upstream subscription).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _subscribeCancellation.DisposeAsync().ConfigureAwait(false);
        await _readCancellation.DisposeAsync().ConfigureAwait(false);
        Leave();
    }

    /// <summary>
    /// Queues an event without waiting, or hands it to the waiting reader — which continues on this thread when
    /// <paramref name="inline"/> is set (see <see cref="FanoutDelivery"/>). With <paramref name="inline"/> and a host's
    /// writer, a waiting reader's event is written by this thread instead and the reader keeps waiting: true then. A
    /// full queue coalesces or ends this subscriber.
    /// </summary>
    public bool Offer(GatewayResult result, bool inline = false)
    {
        lock (_gate)
        {
            if (_completed)
            {
                return false;
            }

            if (_waiting)
            {
                // Under the lock, so a cancellation cannot wake the reader halfway; the lock is re-entrant, and a write
                // that cancels the subscriber on this thread (the connection failed) leaves it no longer waiting.
                if (inline && _writer is { } writer && (writer.TryWrite(result) || !_waiting))
                {
                    return _waiting;
                }

                _waiting = false;
                Current = result;
            }
            else
            {
                _queue ??= new Queue<GatewayResult>();
                if (_queue.Count == _capacity)
                {
                    if (!_coalesce)
                    {
                        _completed = true;
                        _final = Overflow;
                        SubscriptionMetrics.EventOverflowed();
                        return false;
                    }

                    _queue.Dequeue();
                    SubscriptionMetrics.EventCoalesced();
                }

                _queue.Enqueue(result);
                return false;
            }
        }

        // Only the thread that took _waiting completes this wait, so setting the mode here races with nobody.
        _waiter.RunContinuationsAsynchronously = !inline;
        _waiter.SetResult(true);
        return false;
    }

    /// <summary>No more events: the reader ends after the queued ones.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            if (!_waiting)
            {
                return;
            }

            _waiting = false;
        }

        _waiter.RunContinuationsAsynchronously = true;
        _waiter.SetResult(false);
    }

    bool IValueTaskSource<bool>.GetResult(short token)
    {
        bool more;
        try
        {
            more = _waiter.GetResult(token);
        }
        catch (OperationCanceledException)
        {
            Leave();
            throw;
        }

        if (!more)
        {
            Leave();
        }

        return more;
    }

    ValueTaskSourceStatus IValueTaskSource<bool>.GetStatus(short token) => _waiter.GetStatus(token);

    void IValueTaskSource<bool>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _waiter.OnCompleted(continuation, state, token, flags);

    private void Join()
    {
        // Cancelled before it started: nothing to join, nothing to leave.
        _subscribeToken.ThrowIfCancellationRequested();
        _readToken.ThrowIfCancellationRequested();
        _shared = _fanout.Join(_key, this, _open!);
        _open = null;
        _subscribeCancellation = _subscribeToken.UnsafeRegister(static (state, token) => ((FanoutSubscriber)state!).Cancel(token), this);

        // A transport that reads with the token it executed with (graphql-transport-ws) needs one registration, not two.
        if (_readToken != _subscribeToken)
        {
            _readCancellation = _readToken.UnsafeRegister(static (state, token) => ((FanoutSubscriber)state!).Cancel(token), this);
        }
    }

    /// <summary>Out of the share group, once: the events ended or the reader is done with them.</summary>
    private void Leave()
    {
        if (_shared is { } shared && Interlocked.Exchange(ref _left, 1) == 0)
        {
            Complete();
            _fanout.Leave(_key, shared, this);
        }
    }

    private void Cancel(CancellationToken token)
    {
        lock (_gate)
        {
            if (_cancelledBy.IsCancellationRequested)
            {
                return;
            }

            _cancelledBy = token;
            if (!_waiting)
            {
                return;
            }

            _waiting = false;
        }

        _waiter.RunContinuationsAsynchronously = true;
        _waiter.SetException(new OperationCanceledException(token));
    }

    private static GatewayResult Overflow { get; } = new(GatewayResultKind.Executed, static writer => ResponseWriter.WriteRequestErrors(writer, [GatewayError.WithCode(
        "The subscription fell too far behind its events and was ended; subscribe again to resume.", ErrorCodes.SubscriptionOverflow)]));
}
