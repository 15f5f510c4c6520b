using System.Net;

using GameLibrary.Subgraph.Toolkit.Hosting;

using GraphQL.Types;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GameLibrary.Federation.Tests.Subscriptions.Support;

/// <summary>
/// A GraphQL.NET subgraph hosted as the platform hosts subgraphs (the toolkit: transport, federation), served by
/// Kestrel on a free loopback port, with its WebSocket traffic recorded.
/// </summary>
internal sealed class LoopbackSubgraph : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackSubgraph(WebApplication app, Uri url, WebSocketRecorder webSockets)
    {
        _app = app;
        Url = url;
        WebSockets = webSockets;
    }

    /// <summary>The GraphQL endpoint (http://127.0.0.1:port/graphql).</summary>
    public Uri Url { get; }

    /// <summary>What WebSocket clients sent to the subgraph.</summary>
    public WebSocketRecorder WebSockets { get; }

    /// <summary>The subgraph's services.</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<LoopbackSubgraph> StartAsync<TSchema>(string name, Action<IServiceCollection>? services = null)
        where TSchema : Schema
    {
        var builder = SubgraphHost.CreateBuilder(["--environment", "Development"], new SubgraphDescriptor(name, 4999));
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSubgraphSchema<TSchema>();
        services?.Invoke(builder.Services);

        var app = builder.Build();
        var recorder = new WebSocketRecorder();
        app.Use(recorder.InvokeAsync);
        app.MapSubgraphEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new LoopbackSubgraph(app, new Uri(new Uri(address), "/graphql"), recorder);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
