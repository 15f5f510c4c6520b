namespace GameLibrary.Transport.WebSockets;

/// <summary>One operation running on a graphql-transport-ws connection.</summary>
internal sealed class WebSocketOperation(string id, CancellationToken connection) : IDisposable
{
    private readonly CancellationTokenSource _cancellation = CancellationTokenSource.CreateLinkedTokenSource(connection);

    /// <summary>The client's operation id.</summary>
    public string Id { get; } = id;

    /// <summary>Cancelled by the client's <c>complete</c> or when the connection ends.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>Stops the operation on the client's request.</summary>
    public void Cancel()
    {
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The operation finished on its own while the client's complete was in flight.
        }
    }

    public void Dispose() => _cancellation.Dispose();
}
