namespace GameLibrary.Scoreboard.GraphQL.Support;

/// <summary>Adapts the domain's typed feeds to the <c>IObservable&lt;object?&gt;</c> subscription fields resolve.</summary>
internal static class Observables
{
    public static IObservable<object?> Select<T>(this IObservable<T> source, Func<T, object?> map) => new Mapped<T>(source, map);

    private sealed class Mapped<T>(IObservable<T> source, Func<T, object?> map) : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer) => source.Subscribe(new Observer(observer, map));

        private sealed class Observer(IObserver<object?> target, Func<T, object?> map) : IObserver<T>
        {
            public void OnCompleted() => target.OnCompleted();

            public void OnError(Exception error) => target.OnError(error);

            public void OnNext(T value) => target.OnNext(map(value));
        }
    }
}
