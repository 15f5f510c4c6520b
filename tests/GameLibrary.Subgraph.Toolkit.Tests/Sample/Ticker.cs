namespace GameLibrary.Subgraph.Toolkit.Tests.Sample;

/// <summary>An endless event source: emits 1 on subscription, then whatever <see cref="Emit"/> sends; records unsubscription.</summary>
public sealed class Ticker : IObservable<object?>
{
    private readonly TaskCompletionSource _unsubscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IObserver<object?>? _observer;

    public Task Unsubscribed => _unsubscribed.Task;

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        _observer = observer;
        observer.OnNext(1);
        return new Subscription(this);
    }

    public void Emit(int value) => _observer?.OnNext(value);

    private sealed class Subscription(Ticker ticker) : IDisposable
    {
        public void Dispose() => ticker._unsubscribed.TrySetResult();
    }
}
