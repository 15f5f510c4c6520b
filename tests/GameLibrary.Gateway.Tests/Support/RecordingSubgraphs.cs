using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GameLibrary.Gateway.Tests.Support;

/// <summary>
/// The products and reviews subgraphs of the test supergraphs as canned answers on one plain Kestrel app, recording
/// the trace context headers of every request. Not toolkit subgraphs: those register an OpenTelemetry tracer, which
/// listens to every Activity source of the process and so would give the gateway under test Activities of its own.
/// Answers <c>latestReviews { body product { id } }</c>, Product entities (name "Chair") and <c>renameProduct { name }</c>;
/// over graphql-transport-ws, any subscription with one <c>productRenamed</c> event (product 1 named "Renamed").
/// </summary>
public sealed class RecordingSubgraphs : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingSubgraphs(WebApplication app) => _app = app;

    /// <summary>The trace context headers of each request (a WebSocket's: of its upgrade request), in arrival order.</summary>
    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>The gateway settings that point the supergraph's subgraph URLs here.</summary>
    public IReadOnlyDictionary<string, string?> UrlSettings { get; private set; } = new Dictionary<string, string?>();

    public static async Task<RecordingSubgraphs> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        RecordingSubgraphs subgraphs = new(app);
        app.UseWebSockets();
        app.MapPost("/{subgraph}/graphql", subgraphs.AnswerAsync);
        app.MapGet("/{subgraph}/graphql", subgraphs.StreamAsync);
        await app.StartAsync();
        string address = app.Urls.Single();
        subgraphs.UrlSettings = new Dictionary<string, string?>
        {
            ["Gateway:Subgraphs:products:Url"] = $"{address}/products/graphql",
            ["Gateway:Subgraphs:reviews:Url"] = $"{address}/reviews/graphql",
        };
        return subgraphs;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<JsonNode?> ReceiveAsync(WebSocket socket)
    {
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(15));
        using MemoryStream message = new();
        byte[] buffer = new byte[4096];
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

        return JsonNode.Parse(message.ToArray());
    }

    private static Task SendAsync(WebSocket socket, JsonObject message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private void Record(HttpContext context, string subgraph) =>
        Requests.Enqueue(new Received(subgraph, [.. context.Request.Headers.TraceParent.OfType<string>()], [.. context.Request.Headers.TraceState.OfType<string>()]));

    /// <summary>graphql-transport-ws: acknowledges, answers each subscription with one event, until the client closes.</summary>
    private async Task StreamAsync(HttpContext context, string subgraph)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = (int)HttpStatusCode.BadRequest;
            return;
        }

        Record(context, subgraph);
        using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync("graphql-transport-ws");
        while (await ReceiveAsync(socket) is JsonObject message)
        {
            switch (message["type"]?.GetValue<string>())
            {
                case "connection_init":
                    await SendAsync(socket, new JsonObject { ["type"] = "connection_ack" });
                    break;
                case "subscribe":
                    JsonObject renamed = new() { ["__typename"] = "Product", ["id"] = "1", ["name"] = "Renamed" };
                    await SendAsync(socket, new JsonObject
                    {
                        ["id"] = message["id"]!.GetValue<string>(),
                        ["type"] = "next",
                        ["payload"] = new JsonObject { ["data"] = new JsonObject { ["productRenamed"] = renamed } },
                    });
                    break;
            }
        }

        if (socket.State == WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }
    }

    private async Task AnswerAsync(HttpContext context, string subgraph)
    {
        Record(context, subgraph);
        JsonObject request = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
        string query = request["query"]!.GetValue<string>();
        JsonObject data = subgraph switch
        {
            "reviews" => new JsonObject
            {
                ["latestReviews"] = new JsonArray(new JsonObject
                {
                    ["body"] = "Great",
                    ["product"] = new JsonObject { ["__typename"] = "Product", ["id"] = "1" },
                }),
            },
            _ when query.Contains("_entities", StringComparison.Ordinal) => new JsonObject
            {
                ["_entities"] = new JsonArray([.. request["variables"]!["representations"]!.AsArray()
                    .Select(_ => (JsonNode)new JsonObject { ["__typename"] = "Product", ["name"] = "Chair" })]),
            },
            _ => new JsonObject { ["renameProduct"] = new JsonObject { ["name"] = "Renamed" } },
        };

        context.Response.StatusCode = (int)HttpStatusCode.OK;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject { ["data"] = data }.ToJsonString());
    }

    /// <summary>What one subgraph request carried: every <c>traceparent</c> and <c>tracestate</c> header value.</summary>
    public sealed record Received(string Subgraph, string[] Traceparent, string[] Tracestate);
}
