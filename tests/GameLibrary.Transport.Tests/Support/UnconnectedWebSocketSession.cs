using System.Net.WebSockets;
using System.Text;

using GameLibrary.Transport.Hosting;
using GameLibrary.Transport.WebSockets;

using Microsoft.AspNetCore.Http;

namespace GameLibrary.Transport.Tests.Support;

/// <summary>
/// A real <see cref="GraphQLWebSocketSession"/> for tests of its operations, over a server WebSocket that writes to
/// memory and is never read: nothing runs the session's receive loop, so the wire holds only what operations send.
/// </summary>
internal sealed class UnconnectedWebSocketSession : IDisposable
{
    private readonly MemoryStream _wire = new();
    private readonly WebSocket _socket;
    private readonly GraphQLOperationTracker _tracker = new();

    public UnconnectedWebSocketSession()
    {
        _socket = WebSocket.CreateFromStream(_wire, new WebSocketCreationOptions { IsServer = true });
        Session = new GraphQLWebSocketSession(
            _socket,
            new DefaultHttpContext(),
            new GraphQLTransportOptions(),
            _tracker,
            new Microsoft.Extensions.Hosting.Internal.HostingEnvironment(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
    }

    public GraphQLWebSocketSession Session { get; }

    /// <summary>The text messages sent so far, decoded by a client WebSocket reading the wire's bytes.</summary>
    public async Task<List<string>> SentAsync()
    {
        using MemoryStream sent = new(_wire.ToArray());
        using WebSocket client = WebSocket.CreateFromStream(sent, new WebSocketCreationOptions { IsServer = false });
        List<string> messages = [];
        byte[] buffer = new byte[4096];
        while (sent.Position < sent.Length)
        {
            using MemoryStream message = new();
            ValueWebSocketReceiveResult received;
            do
            {
                received = await client.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
                message.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            messages.Add(Encoding.UTF8.GetString(message.ToArray()));
        }

        return messages;
    }

    public void Dispose()
    {
        Session.Dispose();
        _socket.Dispose();
        _tracker.Dispose();
        _wire.Dispose();
    }
}
