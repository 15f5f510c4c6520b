using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GameLibrary.Federation.Tests.Subscriptions.Support;

/// <summary>
/// A graphql-transport-ws peer on loopback that follows a script, for the protocol paths a GraphQL.NET subgraph
/// never takes (pings, <c>error</c> messages, odd closes). Records every message the client sends.
/// </summary>
internal sealed class ScriptedWebSocketServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ScriptedWebSocketServer(WebApplication app, Func<Peer, Task> script)
    {
        _app = app;
        app.Map("/graphql", async context =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync("graphql-transport-ws");
            try
            {
                await script(new Peer(socket, Received));
                _done.TrySetResult();
            }
            catch (Exception ex)
            {
                _done.TrySetException(ex);
            }
        });
    }

    /// <summary>The GraphQL endpoint.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Every text message the client sent, in order.</summary>
    public ConcurrentQueue<string> Received { get; } = new();

    /// <summary>Completes when the script has run to its end (faults when it failed).</summary>
    public Task Done => _done.Task;

    public static async Task<ScriptedWebSocketServer> StartAsync(Func<Peer, Task> script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseWebSockets();
        var server = new ScriptedWebSocketServer(app, script);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.Url = new Uri(new Uri(address), "/graphql");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The server's side of one connection.</summary>
    internal sealed class Peer(WebSocket socket, ConcurrentQueue<string> received)
    {
        /// <summary>The next text message, or null when the client sent a close frame.</summary>
        public async Task<string?> ReceiveAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            using var message = new MemoryStream();
            var buffer = new byte[4096];
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            var text = Encoding.UTF8.GetString(message.ToArray());
            received.Enqueue(text);
            return text;
        }

        public Task SendAsync(string message) =>
            socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

        /// <summary>Closes the connection (answering the client's close frame, or starting the handshake).</summary>
        public Task CloseAsync(WebSocketCloseStatus status = WebSocketCloseStatus.NormalClosure, string? reason = null) =>
            socket.CloseOutputAsync(status, reason, CancellationToken.None);

        /// <summary>Receives until the client's close frame, recording what comes before it.</summary>
        public async Task DrainUntilCloseAsync()
        {
            while (await ReceiveAsync() is not null)
            {
            }
        }
    }
}
