using GameLibrary.Transport.Execution;

namespace GameLibrary.Transport.Tests.Support;

/// <summary>An event stream that records whether it was started and disposed.</summary>
internal sealed class TrackedStream(ExecutorProbe probe) : IAsyncEnumerable<IGraphQLResult>
{
    public IAsyncEnumerator<IGraphQLResult> GetAsyncEnumerator(CancellationToken cancellationToken = default) => new Enumerator(probe);

    private sealed class Enumerator(ExecutorProbe probe) : IAsyncEnumerator<IGraphQLResult>
    {
        public IGraphQLResult Current => JsonResult.Data("""{"tracked":1}""");

        public ValueTask<bool> MoveNextAsync()
        {
            Interlocked.Increment(ref probe.TrackedMoves);
            return ValueTask.FromResult(false);
        }

        public ValueTask DisposeAsync()
        {
            Interlocked.Increment(ref probe.TrackedDisposals);
            return ValueTask.CompletedTask;
        }
    }
}
