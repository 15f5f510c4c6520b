namespace GameLibrary.Gateway.LoadTest.Fanout;

/// <summary>One published board: a sequence number the harness matches on, and the ten scores.</summary>
public sealed record BoardEvent(int Sequence, IReadOnlyList<int> Scores);

/// <summary>The benchmark subgraph's event source: the harness publishes, every subscription gets each board.</summary>
public sealed class BoardFeed : IObservable<object?>
{
    private readonly Lock _lock = new();
    private readonly List<IObserver<object?>> _observers = [];

    /// <summary>Subscriptions open at the subgraph: what the gateway holds upstream.</summary>
    public int Subscribers
    {
        get
        {
            lock (_lock)
            {
                return _observers.Count;
            }
        }
    }

    public void Publish(BoardEvent board)
    {
        lock (_lock)
        {
            foreach (IObserver<object?> observer in _observers)
            {
                observer.OnNext(board);
            }
        }
    }

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        lock (_lock)
        {
            _observers.Add(observer);
        }

        return new Unsubscriber(this, observer);
    }

    private sealed class Unsubscriber(BoardFeed feed, IObserver<object?> observer) : IDisposable
    {
        public void Dispose()
        {
            lock (feed._lock)
            {
                feed._observers.Remove(observer);
            }
        }
    }
}
