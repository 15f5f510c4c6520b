using System.Net.WebSockets;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using GameLibrary.Transport.Hosting;

namespace GameLibrary.Transport.WebSockets;

/// <summary>Accepts WebSocket upgrades and serves graphql-transport-ws on them.</summary>
internal sealed class GraphQLWebSocketHandler(
    GraphQLOperationTracker tracker,
    IOptions<GraphQLTransportOptions> options,
    IHostEnvironment environment,
    ILogger<GraphQLWebSocketHandler> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        GraphQLTransportOptions settings = options.Value;
        bool offered = context.WebSockets.WebSocketRequestedProtocols.Contains(
            GraphQLWebSocketProtocol.SubProtocol,
            StringComparer.Ordinal);

        using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = offered ? GraphQLWebSocketProtocol.SubProtocol : null,
            KeepAliveInterval = settings.KeepAliveInterval,
        });

        if (!offered)
        {
            // What the graphql-ws reference server does: accept, then close with 4406.
            await RefuseAsync(context, socket);
            return;
        }

        using GraphQLWebSocketSession session = new(socket, context, settings, tracker, environment, logger);
        await session.RunAsync();
    }

    private async Task RefuseAsync(HttpContext context, WebSocket socket)
    {
        using CancellationTokenSource timeout =
            CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, tracker.Aborted);
        timeout.CancelAfter(GraphQLWebSocketProtocol.CloseHandshakeTimeout);
        try
        {
            await socket.CloseAsync(GraphQLWebSocketProtocol.SubprotocolNotAcceptable, "Subprotocol not acceptable", timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client did not answer the close frame; the socket is dropped.
        }
    }
}
