namespace GameLibrary.Subgraph.Toolkit.Tests.Sample;

/// <summary>Emits <c>from</c>, <c>from - 1</c>, …, 1, then completes.</summary>
public sealed class CountdownObservable(int from) : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer)
    {
        for (int value = from; value > 0; value--)
        {
            observer.OnNext(value);
        }

        observer.OnCompleted();
        return new CancellationTokenSource();
    }
}
