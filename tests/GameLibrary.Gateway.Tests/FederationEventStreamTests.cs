using System.Runtime.CompilerServices;

using GameLibrary.Federation;
using GameLibrary.Gateway.Execution;
using GameLibrary.Gateway.Supergraphs;
using GameLibrary.Gateway.Tests.Support;
using GameLibrary.Transport.Execution;

namespace GameLibrary.Gateway.Tests;

/// <summary>A subscription's stream holds its supergraph version exactly as long as the transport holds the stream.</summary>
public sealed class FederationEventStreamTests : IDisposable
{
    private readonly SupergraphInstance _version = new(
        FederationGateway.Load(File.ReadAllText(TestSupergraphs.V2)),
        SupergraphFile.Read(TestSupergraphs.V2),
        version: 1);

    private readonly EngineEvents _events = new();

    [Fact]
    public async Task The_version_is_held_while_the_events_are_read_and_released_with_the_enumerator()
    {
        FederationEventStream stream = Stream(CancellationToken.None);
        _version.Release();

        IAsyncEnumerator<IGraphQLResult> enumerator = stream.GetAsyncEnumerator();
        ValueTask<bool> reading = enumerator.MoveNextAsync();
        bool heldWhileReading = IsHeld();
        _events.End();
        bool more = await reading;
        bool heldAfterTheEnd = IsHeld();
        await enumerator.DisposeAsync();
        await enumerator.DisposeAsync();

        Assert.True(heldWhileReading);
        Assert.False(more);
        Assert.True(heldAfterTheEnd);
        Assert.False(IsHeld());
        Assert.True(_events.Disposed);
    }

    [Fact]
    public async Task An_enumerator_disposed_unread_releases_the_version()
    {
        // What the transport does with a subscription sent over plain HTTP.
        FederationEventStream stream = Stream(CancellationToken.None);
        _version.Release();

        await stream.GetAsyncEnumerator().DisposeAsync();

        Assert.False(IsHeld());
        Assert.False(_events.Started);
    }

    [Fact]
    public void A_stream_abandoned_before_reading_releases_the_version_when_the_request_ends()
    {
        using CancellationTokenSource request = new();
        FederationEventStream stream = Stream(request.Token);
        _version.Release();
        bool heldBefore = IsHeld();

        request.Cancel();

        Assert.True(heldBefore);
        Assert.False(IsHeld());
        Assert.Throws<OperationCanceledException>(() => stream.GetAsyncEnumerator());
    }

    [Fact]
    public async Task A_stream_being_read_is_not_released_by_the_request_token_and_reads_once()
    {
        using CancellationTokenSource request = new();
        FederationEventStream stream = Stream(request.Token);
        _version.Release();
        IAsyncEnumerator<IGraphQLResult> enumerator = stream.GetAsyncEnumerator();

        request.Cancel();
        bool held = IsHeld();
        await enumerator.DisposeAsync();

        Assert.True(held);
        Assert.Throws<InvalidOperationException>(() => stream.GetAsyncEnumerator());
        Assert.False(IsHeld());
    }

    public void Dispose() => _events.End();

    private FederationEventStream Stream(CancellationToken requestToken)
    {
        Assert.True(_version.TryAddReference());
        return new FederationEventStream(_events.Read(), new SupergraphLease(_version), requestToken);
    }

    /// <summary>Whether anyone still holds the version; leaves the count as it was.</summary>
    private bool IsHeld()
    {
        if (!_version.TryAddReference())
        {
            return false;
        }

        _version.Release();
        return true;
    }

    /// <summary>An engine event stream that yields nothing until told to end, recording whether it ran and was disposed.</summary>
    private sealed class EngineEvents
    {
        private readonly TaskCompletionSource _end = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Started { get; private set; }

        public bool Disposed { get; private set; }

        public void End() => _end.TrySetResult();

        public async IAsyncEnumerable<GatewayResult> Read([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Started = true;
            try
            {
                await _end.Task.WaitAsync(cancellationToken);
                yield break;
            }
            finally
            {
                Disposed = true;
            }
        }
    }
}
