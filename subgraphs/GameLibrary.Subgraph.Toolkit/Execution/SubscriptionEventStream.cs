using System.Runtime.CompilerServices;
using System.Threading.Channels;

using GraphQL;
using GraphQL.Execution;

namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>Adapts GraphQL.NET's subscription observable to the transport's pull-based event stream.</summary>
internal static class SubscriptionEventStream
{
    /// <summary>
    /// Subscribes when enumeration starts and unsubscribes when the enumerator is disposed or cancelled.
    /// Events wait in a bounded buffer; a client that lets it fill up gets a final
    /// <see cref="SubgraphErrorCodes.SubscriptionOverflow"/> error rather than unbounded memory use.
    /// </summary>
    public static async IAsyncEnumerable<ExecutionResult> ReadAsync(
        IObservable<ExecutionResult> source,
        int bufferSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Channel<ExecutionResult> channel = Channel.CreateBounded<ExecutionResult>(
            new BoundedChannelOptions(bufferSize) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        ChannelObserver observer = new(channel.Writer);
        using (source.Subscribe(observer))
        {
            await foreach (ExecutionResult result in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }
        }

        if (observer.Ending is { } ending)
        {
            yield return ending;
        }
    }

    // Observers are called one at a time (the observable contract), so the fields need no locking.
    private sealed class ChannelObserver(ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
    {
        /// <summary>The error event that ends the stream after the buffered events, if it did not end normally.</summary>
        public ExecutionResult? Ending { get; private set; }

        public void OnNext(ExecutionResult value)
        {
            // TryWrite fails only when the buffer is full or the stream has already ended.
            if (!writer.TryWrite(value))
            {
                End(new ExecutionError("The subscription was ended because the client did not keep up with its events.")
                {
                    Code = SubgraphErrorCodes.SubscriptionOverflow,
                });
            }
        }

        public void OnError(Exception error)
        {
            End(error as ExecutionError ?? new UnhandledError("The subscription's event source failed.", error)
            {
                Code = SubgraphErrorCodes.InternalServerError,
            });
        }

        public void OnCompleted()
        {
            writer.TryComplete();
        }

        private void End(ExecutionError error)
        {
            // Set before completing the channel, so the reader sees it once the buffered events are drained.
            if (Ending is null)
            {
                Ending = new ExecutionResult { Executed = true, Errors = [error] };
                writer.TryComplete();
            }
        }
    }
}
