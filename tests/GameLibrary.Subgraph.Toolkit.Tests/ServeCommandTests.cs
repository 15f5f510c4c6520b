using System.Net;
using System.Net.Sockets;

using GameLibrary.Subgraph.Toolkit.Hosting;
using GameLibrary.Subgraph.Toolkit.Tests.Sample;
using GameLibrary.Subgraph.Toolkit.Tests.Support;

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GameLibrary.Subgraph.Toolkit.Tests;

/// <summary>Serving for real: Kestrel on a socket, chosen by <c>--port</c> or the <c>&lt;NAME&gt;_PORT</c> setting.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Without_a_command_the_subgraph_serves_on_the_port_option_until_stopped()
    {
        int port = FreePort();

        await ServeAsync(["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], new Dictionary<string, string?>(), port);
    }

    [Fact]
    public async Task Without_a_port_option_the_port_setting_of_the_subgraph_is_used()
    {
        int port = FreePort();

        await ServeAsync([], new Dictionary<string, string?> { [SampleSubgraph.Descriptor.PortVariable] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) }, port);
    }

    [Fact]
    public async Task A_port_option_out_of_range_fails_without_serving()
    {
        WebApplicationBuilder builder = SampleSubgraph.CreateBuilder(["--environment", "Development"]);
        await using WebApplication app = builder.Build();
        using StringWriter output = new();

        int exitCode = await app.RunSubgraphAsync(["--port", "70000"], output);

        Assert.NotEqual(0, exitCode);
    }

    private static async Task ServeAsync(string[] args, Dictionary<string, string?> settings, int port)
    {
        WebApplicationBuilder builder = SampleSubgraph.CreateBuilder(["--environment", "Development"]);
        builder.Configuration.AddInMemoryCollection(settings);
        await using WebApplication app = builder.Build();

        Task<int> run = app.RunSubgraphAsync(args);
        using HttpClient client = new() { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        HttpStatusCode live = await WaitForLiveAsync(client, run);
        using HttpResponseMessage graphql = await client.PostAsync(
            "/graphql",
            new StringContent("""{"query":"{ product(id: 7) { name } }"}""", System.Text.Encoding.UTF8, "application/json"));
        app.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        Assert.Equal(HttpStatusCode.OK, live);
        Assert.Equal("""{"data":{"product":{"name":"Product 7"}}}""", await graphql.Content.ReadAsStringAsync());
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private static async Task<HttpStatusCode> WaitForLiveAsync(HttpClient client, Task<int> run)
    {
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(30));
        while (true)
        {
            Assert.False(run.IsCompleted, "The subgraph stopped before serving.");
            try
            {
                using HttpResponseMessage response = await client.GetAsync("/health/live", timeout.Token);
                return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50, timeout.Token);
            }
        }
    }

    private static int FreePort()
    {
        using TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
