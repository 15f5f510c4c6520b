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

    // The members, changed under _membersGate (itself taken under the fan-out's lock): removal swaps the last member
    // into the leaver's slot. The pump copies them to _snapshot once per event after a change, so joins and leaves
    // cost O(1) however many share the subscription (a copy per join made 10,000 joins quadratic, in large-object garbage).
    private readonly Lock _membersGate = new();
    private readonly List<FanoutSubscriber> _members = [];
    private FanoutSubscriber[] _snapshot = [];
    private bool _changed;

    /// <summary>Set under the fan-out's lock once the upstream ended or the last subscriber left: nobody may join.</summary>
    public bool Closed { get; private set; }

    /// <summary>Joins a subscriber (caller holds the fan-out's lock).</summary>
    public void Add(FanoutSubscriber subscriber)
    {
        lock (_membersGate)
        {
            subscriber.Slot = _members.Count;
            _members.Add(subscriber);
            _changed = true;
        }
    }

    /// <summary>Removes a subscriber (caller holds the fan-out's lock); true when it was the last one.</summary>
    public bool Remove(FanoutSubscriber subscriber)
    {
        lock (_membersGate)
        {
            int slot = subscriber.Slot;
            if (slot >= 0 && slot < _members.Count && _members[slot] == subscriber)
            {
                var moved = _members[^1];
                _members[slot] = moved;
                moved.Slot = slot;
                _members.RemoveAt(_members.Count - 1);
                subscriber.Slot = -1;
                _changed = true;
            }

            if (_members.Count == 0 && !Closed)
            {
                Closed = true;
                return true;
            }
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
                var subscribers = Members();
                await FanoutDelivery.DeliverAsync(subscribers, result).ConfigureAwait(false);
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
            foreach (var subscriber in Members())
            {
                subscriber.Complete();
            }
        }
    }

    /// <summary>The members now; copied only when someone joined or left since the last event.</summary>
    private FanoutSubscriber[] Members()
    {
        lock (_membersGate)
        {
            if (_changed)
            {
                _snapshot = [.. _members];
                _changed = false;
            }

            return _snapshot;
        }
    }

    /// <summary>Ends the upstream subscription (the last subscriber left).</summary>
    public void Stop() => _stop.Cancel();
}
