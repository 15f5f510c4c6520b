using GameLibrary.Subgraph.Toolkit.Execution;

using GraphQL;

namespace GameLibrary.Subgraph.Toolkit.Tests;

public sealed class SubscriptionEventStreamTests
{
    [Fact]
    public async Task A_client_that_lets_the_buffer_overflow_gets_the_buffered_events_then_an_overflow_error()
    {
        BurstObservable source = new(10);

        List<ExecutionResult> results = [];
        await foreach (ExecutionResult result in SubscriptionEventStream.ReadAsync(source, bufferSize: 4))
        {
            results.Add(result);
        }

        Assert.Equal([0, 1, 2, 3], results.Take(4).Select(result => (int)result.Data!));
        ExecutionError error = Assert.Single(results[4].Errors!);
        Assert.Equal("SUBSCRIPTION_OVERFLOW", error.Code);
        Assert.Equal(5, results.Count);
        Assert.True(source.Unsubscribed);
    }

    [Fact]
    public async Task A_failing_source_ends_the_stream_with_an_internal_error_after_its_events()
    {
        BurstObservable source = new(2, new InvalidOperationException("source broke"));

        List<ExecutionResult> results = [];
        await foreach (ExecutionResult result in SubscriptionEventStream.ReadAsync(source, bufferSize: 8))
        {
            results.Add(result);
        }

        Assert.Equal([0, 1], results.Take(2).Select(result => (int)result.Data!));
        Assert.Equal("INTERNAL_SERVER_ERROR", Assert.Single(results[2].Errors!).Code);
        Assert.Equal(3, results.Count);
    }

    [Fact]
    public async Task Nothing_is_subscribed_until_enumeration_starts()
    {
        BurstObservable source = new(1);

        IAsyncEnumerable<ExecutionResult> stream = SubscriptionEventStream.ReadAsync(source, bufferSize: 8);
        Assert.False(source.Subscribed);
        await using IAsyncEnumerator<ExecutionResult> events = stream.GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync());

        Assert.True(source.Subscribed);
    }

    /// <summary>Emits <c>count</c> results synchronously on subscription, then completes or fails.</summary>
    private sealed class BurstObservable(int count, Exception? failure = null) : IObservable<ExecutionResult>
    {
        public bool Subscribed { get; private set; }

        public bool Unsubscribed { get; private set; }

        public IDisposable Subscribe(IObserver<ExecutionResult> observer)
        {
            Subscribed = true;
            for (int i = 0; i < count; i++)
            {
                observer.OnNext(new ExecutionResult { Executed = true, Data = i });
            }

            if (failure is null)
            {
                observer.OnCompleted();
            }
            else
            {
                observer.OnError(failure);
            }

            return new Unsubscriber(this);
        }

        private sealed class Unsubscriber(BurstObservable source) : IDisposable
        {
            public void Dispose() => source.Unsubscribed = true;
        }
    }
}
