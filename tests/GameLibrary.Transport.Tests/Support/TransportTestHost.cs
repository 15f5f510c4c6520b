using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using GameLibrary.Transport.Execution;
using GameLibrary.Transport.Hosting;

namespace GameLibrary.Transport.Tests.Support;

/// <summary>
/// An in-memory server with the transport mapped at /graphql and the <see cref="TestExecutor"/>.
/// The application deliberately does not call UseWebSockets.
/// </summary>
public sealed class TransportTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private TransportTestHost(IHost host, ExecutorProbe probe)
    {
        _host = host;
        Probe = probe;
    }

    public ExecutorProbe Probe { get; }

    public TestServer Server => _host.GetTestServer();

    public IServiceProvider Services => _host.Services;

    internal GraphQLOperationTracker Tracker => _host.Services.GetRequiredService<GraphQLOperationTracker>();

    public static async Task<TransportTestHost> StartAsync(
        Action<GraphQLTransportOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        string environment = "Production")
    {
        ExecutorProbe probe = new();
        IHost host = new HostBuilder()
            .UseEnvironment(environment)
            .ConfigureWebHost(web => web
                .UseTestServer()
                .ConfigureServices(collection =>
                {
                    collection.AddRouting();
                    collection.AddGraphQLTransport(configure);
                    collection.AddSingleton(probe);
                    collection.AddScoped<IGraphQLExecutor, TestExecutor>();
                    services?.Invoke(collection);
                })
                .Configure(app =>
                {
                    app.UseRouting();
                    app.UseEndpoints(endpoints => endpoints.MapGraphQL());
                }))
            .Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new TransportTestHost(host, probe);
    }

    public HttpClient CreateClient() => Server.CreateClient();

    public Task<GraphQLWebSocketTestClient> ConnectAsync(params string[] subProtocols) =>
        GraphQLWebSocketTestClient.ConnectAsync(Server, subProtocols.Length == 0 ? ["graphql-transport-ws"] : subProtocols);

    /// <summary>Stops the host as the process would on SIGTERM.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => _host.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(30));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }
}
