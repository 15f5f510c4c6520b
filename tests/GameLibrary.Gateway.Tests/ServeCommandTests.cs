using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

using GameLibrary.Gateway.Cli;
using GameLibrary.Gateway.Tests.Support;

namespace GameLibrary.Gateway.Tests;

/// <summary>Serving for real through the command line: Kestrel on the <c>--port</c>, settings from the command line, stopped by cancellation.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ServeCommandTests(SubgraphsFixture subgraphs)
{
    [Fact]
    public async Task The_default_command_serves_the_supergraph_on_the_port_until_stopped()
    {
        int port = FreePort();
        using CancellationTokenSource stop = new();
        using StringWriter output = new();
        using StringWriter error = new();
        Task<int> run = GatewayCommandLine.InvokeAsync(
            [
                "--supergraph", TestSupergraphs.V2,
                "--port", port.ToString(CultureInfo.InvariantCulture),
                $"--Gateway:Subgraphs:products:Url={subgraphs.Products.Url}",
                $"--Gateway:Subgraphs:reviews:Url={subgraphs.Reviews.Url}",
            ],
            output,
            error,
            stop.Token);
        using HttpClient client = new() { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        HttpStatusCode ready = await WaitForReadyAsync(client, run, error);
        using HttpResponseMessage graphql = await client.PostAsync(
            "/graphql",
            new StringContent("""{"query":"{ product(id: 2) { name reviews { body } } }"}""", Encoding.UTF8, "application/json"));
        string body = await graphql.Content.ReadAsStringAsync();
        await stop.CancelAsync();

        Assert.Equal(HttpStatusCode.OK, ready);
        Assert.Equal("""{"data":{"product":{"name":"Go","reviews":[{"body":"Beautiful"}]}}}""", body);
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("", output.ToString());
    }

    private static async Task<HttpStatusCode> WaitForReadyAsync(HttpClient client, Task<int> run, StringWriter error)
    {
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(30));
        while (true)
        {
            Assert.False(run.IsCompleted, $"The gateway stopped before serving: {error}");
            try
            {
                using HttpResponseMessage response = await client.GetAsync("/health/ready", timeout.Token);
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
