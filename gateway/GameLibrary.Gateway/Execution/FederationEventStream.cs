using GameLibrary.Federation;
using GameLibrary.Federation.Subscriptions;
using GameLibrary.Gateway.Supergraphs;
using GameLibrary.Transport.Execution;

namespace GameLibrary.Gateway.Execution;

/// <summary>
/// A subscription's events as the transport sees them. It holds the lease on the supergraph version the
/// subscription started on, so a hot swap cannot dispose that version under it, and lets go when the transport
/// disposes its enumerator (the client left, completed, or the stream ended). Read once.
/// </summary>
internal sealed class FederationEventStream : IAsyncEnumerable<IGraphQLResult>
{
    private const int Unread = 0;
    private const int Reading = 1;
    private const int Abandoned = 2;

    // Dropped once read: a long subscription should not keep its request's state alive through it.
    private IAsyncEnumerable<GatewayResult>? _events;
    private readonly SupergraphLease _lease;
    private readonly CancellationToken _abandonToken;
    private readonly CancellationTokenRegistration _abandoned;
    private int _state;

    /// <param name="events">The engine's event results.</param>
    /// <param name="lease">The lease the stream owns from now on.</param>
    /// <param name="abandonToken">
    /// The request's token. A transport whose client leaves before it starts reading never asks for an
    /// enumerator, so nothing would dispose one: the lease then goes when this token fires.
    /// </param>
    public FederationEventStream(IAsyncEnumerable<GatewayResult> events, SupergraphLease lease, CancellationToken abandonToken)
    {
        _events = events;
        _lease = lease;
        _abandonToken = abandonToken;
        _abandoned = abandonToken.UnsafeRegister(static state => ((FederationEventStream)state!).Abandon(), this);
    }

    public IAsyncEnumerator<IGraphQLResult> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        switch (Interlocked.CompareExchange(ref _state, Reading, Unread))
        {
            case Reading:
                throw new InvalidOperationException("A subscription's events can be read only once.");
            case Abandoned:
                throw new OperationCanceledException(_abandonToken);
        }

        _abandoned.Dispose();
        IAsyncEnumerator<GatewayResult> events;
        try
        {
            events = _events!.GetAsyncEnumerator(cancellationToken);
            _events = null;
        }
        catch
        {
            _lease.Dispose();
            throw;
        }

        return new Enumerator(events, _lease);
    }

    private void Abandon()
    {
        if (Interlocked.CompareExchange(ref _state, Abandoned, Unread) == Unread)
        {
            _lease.Dispose();
        }
    }

    /// <summary>
    /// Passes the engine's <see cref="IAsyncEnumerator{T}.MoveNextAsync"/> through as it is: a waiting subscriber is
    /// the engine's own wait (no async state machine of ours per wait, allocated per event at 10,000 subscribers, and
    /// no extra continuation hop when an event arrives). <see cref="Current"/> maps the result when it is read, which
    /// the transports do once per event; a shared event maps to the one instance its subscribers share. The transport's
    /// direct writer passes through the same way: the engine writes a shared event to the connection itself.
    /// </summary>
    private sealed class Enumerator(IAsyncEnumerator<GatewayResult> events, SupergraphLease lease)
        : IAsyncEnumerator<IGraphQLResult>, IGraphQLDirectEvents, IGatewayEventWriter
    {
        private IGraphQLEventWriter? _writer;
        private int _disposed;

        public IGraphQLResult Current => FederationResult.For(events.Current);

        public void UseWriter(IGraphQLEventWriter writer)
        {
            if (events is IGatewayDirectEvents direct)
            {
                _writer = writer;
                direct.UseWriter(this);
            }
        }

        public bool TryWrite(GatewayResult result) => _writer!.TryWrite(FederationResult.For(result));

        public ValueTask<bool> MoveNextAsync() => events.MoveNextAsync();

        /// <summary>Ends the subscription (the engine closes its subgraph stream), then releases the version.</summary>
        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            try
            {
                await events.DisposeAsync().ConfigureAwait(false);
            }
            finally
            {
                lease.Dispose();
            }
        }
    }
}
