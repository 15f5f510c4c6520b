using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// One subscription on a <see cref="GraphQLWsConnection"/>, under its id: the receive loop queues its events,
/// the reader reads them. Disposing it completes the subscription on the subgraph unless the subgraph ended it.
/// </summary>
internal sealed class GraphQLWsOperation : IAsyncDisposable
{
    // Events waiting for the reader; when full the connection's receive loop waits, and TCP pushes back on the subgraph.
    private const int EventBuffer = 16;

    private readonly GraphQLWsConnection _connection;
    private readonly Channel<JsonObject> _events = Channel.CreateBounded<JsonObject>(
        new BoundedChannelOptions(EventBuffer) { SingleReader = true, SingleWriter = true });

    // The reader left: the receive loop must not wait for it any more.
    private readonly CancellationTokenSource _gone = new();

    // The subgraph sent complete or error: there is nothing left to complete.
    private volatile bool _ended;

    internal GraphQLWsOperation(GraphQLWsConnection connection, string id)
    {
        _connection = connection;
        Id = id;
    }

    /// <summary>The operation's id on its connection.</summary>
    public string Id { get; }

    /// <summary>Whether the subgraph ended the subscription.</summary>
    public bool Ended => _ended;

    /// <summary>
    /// The response objects of the subscription's events, in order; ends when the subgraph completes the
    /// subscription (after the errors of an <c>error</c> message, if it sent one). Throws
    /// <see cref="SubgraphRequestException"/> when the connection ends without <c>complete</c> or the subgraph
    /// breaks the protocol.
    /// </summary>
    public IAsyncEnumerable<JsonObject> ReadEventsAsync(CancellationToken cancellationToken) =>
        _events.Reader.ReadAllAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _gone.CancelAsync().ConfigureAwait(false);
        await _connection.EndAsync(this).ConfigureAwait(false);
    }

    /// <summary>Queues an event (the receive loop).</summary>
    internal async Task QueueAsync(JsonObject response)
    {
        try
        {
            await _events.Writer.WriteAsync(response, _gone.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_gone.IsCancellationRequested)
        {
            // The reader is gone.
        }
        catch (ChannelClosedException)
        {
            // Already ended.
        }
    }

    /// <summary>The subgraph ended the subscription, after a last event if it sent errors.</summary>
    internal async Task EndWithAsync(JsonObject? last)
    {
        _ended = true;
        if (last is not null)
        {
            await QueueAsync(last).ConfigureAwait(false);
        }

        _events.Writer.TryComplete();
    }

    /// <summary>The connection broke: the reader sees the error after the queued events (a no-op once ended).</summary>
    internal void Fail(SubgraphRequestException failure) => _events.Writer.TryComplete(failure);
}
