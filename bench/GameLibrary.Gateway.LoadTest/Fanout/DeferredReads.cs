namespace GameLibrary.Gateway.LoadTest.Fanout;

/// <summary>
/// The viewers of a run whose clients do not read while a board is out (<c>--deferred-reads</c>): each keeps no read
/// pending, the gateway's bytes wait in its socket with the kernel's receive time, and the harness drains every socket
/// once the board should be everywhere. The clients then take none of the 2 cores while the gateway sends — as viewers
/// on machines of their own would not — and the kernel's receive time still says when the gateway's send reached each
/// one. The viewers' sockets never join the runtime's epoll set (<see cref="RawSubscriber"/>), so a board wakes no thread
/// of the harness; what stays on the cores is the loopback's receive path, which runs in the gateway's send.
/// </summary>
internal sealed class DeferredReads
{
    private readonly List<Action> _drains = [];

    /// <summary>Adds a viewer's drain (it reads everything its socket holds, without waiting).</summary>
    public void Add(Action drain)
    {
        lock (_drains)
        {
            _drains.Add(drain);
        }
    }

    /// <summary>Drains every viewer's socket once, one after the other on the calling thread (allocating nothing).</summary>
    public void DrainAll()
    {
        lock (_drains)
        {
            foreach (var drain in _drains)
            {
                drain();
            }
        }
    }
}
