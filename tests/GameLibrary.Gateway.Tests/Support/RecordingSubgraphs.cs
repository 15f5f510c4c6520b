using System.Collections.Concurrent;
using System.Net;
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
/// Answers <c>latestReviews { body product { id } }</c>, Product entities (name "Chair") and <c>renameProduct { name }</c>.
/// </summary>
public sealed class RecordingSubgraphs : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingSubgraphs(WebApplication app) => _app = app;

    /// <summary>The trace context headers of each request, in arrival order.</summary>
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
        app.MapPost("/{subgraph}/graphql", subgraphs.AnswerAsync);
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

    private async Task AnswerAsync(HttpContext context, string subgraph)
    {
        Requests.Enqueue(new Received(subgraph, [.. context.Request.Headers.TraceParent.OfType<string>()], [.. context.Request.Headers.TraceState.OfType<string>()]));
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
