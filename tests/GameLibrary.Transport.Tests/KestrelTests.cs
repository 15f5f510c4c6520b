using System.Net;
using System.Net.WebSockets;
using System.Text;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using GameLibrary.Transport.Execution;
using GameLibrary.Transport.Tests.Support;

namespace GameLibrary.Transport.Tests;

/// <summary>
/// The same endpoint behind a real Kestrel on loopback: real upgrades (which need the WebSocket
/// middleware the transport adds itself), real chunked bodies, and Kestrel's own body limit.
/// </summary>
public sealed class KestrelTests
{
    [Fact]
    public async Task WebSocket_IsServed_WithoutTheAppCallingUseWebSockets()
    {
        await using RunningServer server = await RunningServer.StartAsync();
        using ClientWebSocket socket = new();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new Uri($"ws://{server.Authority}/graphql"), CancellationToken.None);
        using GraphQLWebSocketTestClient client = GraphQLWebSocketTestClient.Wrap(socket);

        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
        await client.InitAsync();
        await client.SubscribeAsync("1", "subscription { count(to: 2) }");
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"count":1}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"count":2}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"1","type":"complete"}""", await client.ReceiveTextAsync());
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        Assert.Equal(WebSocketState.Closed, socket.State);
    }

    [Fact]
    public async Task WebSocket_WithoutTheSubprotocol_Closes4406()
    {
        await using RunningServer server = await RunningServer.StartAsync();
        using ClientWebSocket socket = new();
        await socket.ConnectAsync(new Uri($"ws://{server.Authority}/graphql"), CancellationToken.None);
        using GraphQLWebSocketTestClient client = GraphQLWebSocketTestClient.Wrap(socket);

        Assert.Equal((4406, "Subprotocol not acceptable"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimit_Is413()
    {
        await using RunningServer server = await RunningServer.StartAsync(options => options.MaxRequestBodySize = 1024);
        using HttpClient client = server.CreateClient();
        byte[] body = Encoding.UTF8.GetBytes($$$"""{"query":"{ hello }","extensions":{"pad":"{{{new string('x', 8 * 1024)}}}"}}""");
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql") { Content = new StreamContent(new MemoryStream(body)) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        GraphQLHttpResponse response = await client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(GraphQLTransportErrorCodes.RequestTooLarge, response.ErrorCode);
        await client.AssertServesHelloAsync();
    }

    [Fact]
    public async Task LimitAboveKestrelsDefault_IsHonoured()
    {
        // Kestrel's own default limit is 30,000,000 bytes.
        await using RunningServer server = await RunningServer.StartAsync(options => options.MaxRequestBodySize = 40_000_000);
        using HttpClient client = server.CreateClient();
        string padding = new('x', 31_000_000);

        GraphQLHttpResponse response = await client.PostAsync($$$"""{"query":"{ hello }","extensions":{"pad":"{{{padding}}}"}}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"hello":"world"}}""", response.Body);
    }

    [Fact]
    public async Task ServerSentEvents_HeadersArrive_BeforeTheFirstEvent()
    {
        // No keep-alive comments: only flushing the headers when the stream opens can tell the client it is open.
        await using RunningServer server = await RunningServer.StartAsync(options => options.KeepAliveInterval = TimeSpan.Zero);
        using HttpClient client = server.CreateClient();
        using HttpRequestMessage request = GraphQLHttp.Post("""{"query":"subscription { silent }"}""", accept: "text/event-stream");
        using CancellationTokenSource patience = new(TimeSpan.FromSeconds(20));

        using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, patience.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }

    private sealed class RunningServer : IAsyncDisposable
    {
        private readonly IHost _host;

        private RunningServer(IHost host, string authority)
        {
            _host = host;
            Authority = authority;
        }

        public string Authority { get; }

        public static async Task<RunningServer> StartAsync(Action<GraphQLTransportOptions>? configure = null)
        {
            IHost host = new HostBuilder()
                .ConfigureWebHost(web => web
                    .UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0))
                    .ConfigureServices(services =>
                    {
                        services.AddRouting();
                        services.AddGraphQLTransport(configure);
                        services.AddSingleton<ExecutorProbe>();
                        services.AddScoped<IGraphQLExecutor, TestExecutor>();
                    })
                    .Configure(app =>
                    {
                        app.UseRouting();
                        app.UseEndpoints(endpoints => endpoints.MapGraphQL());
                    }))
                .Build();
            await host.StartAsync();
            string address = host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new RunningServer(host, new Uri(address).Authority);
        }

        public HttpClient CreateClient() => new() { BaseAddress = new Uri($"http://{Authority}") };

        public async ValueTask DisposeAsync()
        {
            using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(30));
            await _host.StopAsync(timeout.Token);
            _host.Dispose();
        }
    }
}
