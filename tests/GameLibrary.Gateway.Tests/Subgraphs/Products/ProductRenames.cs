namespace GameLibrary.Gateway.Tests.Subgraphs.Products;

/// <summary>The products subgraph's rename events: every subscriber gets every rename, in order; counts its subscribers.</summary>
public sealed class ProductRenames : IObservable<object?>
{
    private readonly Lock _lock = new();
    private readonly List<IObserver<object?>> _observers = [];

    /// <summary>How many subscriptions are open on the subgraph right now.</summary>
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

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        lock (_lock)
        {
            _observers.Add(observer);
        }

        return new Subscription(this, observer);
    }

    public void Publish(Product renamed)
    {
        // Under the lock, so that concurrent renames reach every subscriber in the same order.
        lock (_lock)
        {
            foreach (IObserver<object?> observer in _observers)
            {
                observer.OnNext(renamed);
            }
        }
    }

    private sealed class Subscription(ProductRenames renames, IObserver<object?> observer) : IDisposable
    {
        public void Dispose()
        {
            lock (renames._lock)
            {
                renames._observers.Remove(observer);
            }
        }
    }
}
