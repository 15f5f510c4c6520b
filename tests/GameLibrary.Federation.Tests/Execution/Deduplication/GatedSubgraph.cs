using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GameLibrary.Federation.Tests.Execution.Deduplication;

/// <summary>
/// An HTTP subgraph on a free loopback port that counts the requests it receives and holds each one until the
/// test opens its gate, so requests stay in flight as long as a test needs. It answers <c>user(id:)</c> with a
/// name built from the id and the Authorization header, and <c>login</c> likewise; or fails with HTTP 500.
/// </summary>
internal sealed class GatedSubgraph : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Progress _progress;

    private GatedSubgraph(WebApplication app, Progress progress)
    {
        _app = app;
        _progress = progress;
    }

    /// <summary>The GraphQL endpoint (known once started).</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The bodies of the requests received, in arrival order.</summary>
    public ConcurrentQueue<JsonObject> Requests { get; } = new();

    /// <summary>How many requests were aborted by the gateway while held at the gate.</summary>
    public int Aborted => _aborted;

    /// <summary>Whether to answer with HTTP 500 instead of a GraphQL response.</summary>
    public bool Fail { get; set; }

    private int _aborted;

    public static async Task<GatedSubgraph> StartAsync(Progress progress)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var subgraph = new GatedSubgraph(app, progress);
        app.MapPost("/graphql", subgraph.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        subgraph.Url = new Uri(new Uri(address), "/graphql");
        return subgraph;
    }

    /// <summary>Lets every held request (and every later one) through.</summary>
    public void Open() => _gate.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        Open();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
        Requests.Enqueue(body);
        _progress.Changed();
        try
        {
            await _gate.Task.WaitAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref _aborted);
            _progress.Changed();
            return;
        }

        if (Fail)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html>down</html>");
            return;
        }

        var query = body["query"]!.GetValue<string>();
        var variables = body["variables"] as JsonObject ?? [];
        var who = context.Request.Headers.Authorization.ToString();
        var data = new JsonObject();
        if (query.Contains("login", StringComparison.Ordinal))
        {
            data["login"] = new JsonObject { ["name"] = $"logged in {who}" };
        }
        else
        {
            var id = variables.FirstOrDefault().Value?.GetValue<string>() ?? "?";
            data["user"] = new JsonObject { ["name"] = $"user {id} {who}".TrimEnd() };
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject { ["data"] = data }.ToJsonString());
    }
}
