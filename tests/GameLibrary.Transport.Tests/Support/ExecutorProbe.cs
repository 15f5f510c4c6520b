using System.Collections.Concurrent;

using GameLibrary.Transport.Execution;

namespace GameLibrary.Transport.Tests.Support;

/// <summary>What the test executor saw and did, and the gates a test holds it at.</summary>
public sealed class ExecutorProbe
{
    /// <summary>Set when a <c>slow</c> query has started.</summary>
    public TaskCompletionSource SlowStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets every <c>slow</c> query finish.</summary>
    public TaskCompletionSource SlowRelease { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when a <c>hang</c> query (which only ends by cancellation) has started.</summary>
    public TaskCompletionSource HangStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Released once per <c>forever</c> subscription that ended (disposed or cancelled).</summary>
    public SemaphoreSlim StreamsEnded { get; } = new(0);

    /// <summary>MoveNextAsync calls on <c>tracked</c> subscription streams.</summary>
    public int TrackedMoves;

    /// <summary>Events of <c>direct</c> subscriptions that the transport's writer took (the rest went through MoveNextAsync).</summary>
    public int DirectWrites;

    /// <summary>DisposeAsync calls on <c>tracked</c> subscription streams.</summary>
    public int TrackedDisposals;

    /// <summary>The requests and contexts the executor received, in order.</summary>
    public ConcurrentQueue<(GraphQLRequest Request, GraphQLRequestContext Context)> Calls { get; } = new();
}
