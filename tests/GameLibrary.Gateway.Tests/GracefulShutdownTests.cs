using GameLibrary.Gateway.Tests.Support;

using GameLibrary.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GameLibrary.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class GracefulShutdownTests(SubgraphsFixture subgraphs)
{
    [Fact]
    public async Task On_shutdown_the_gateway_turns_unready_and_lets_requests_in_flight_finish()
    {
        GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        HealthCheckService health = gateway.App.Services.GetRequiredService<HealthCheckService>();
        subgraphs.Gate.Reset();
        try
        {
            Task<GraphQLResponse> inFlight = gateway.PostAsync("{ slow }");
            await subgraphs.Gate.Entered.WaitAsync(TimeSpan.FromSeconds(15));
            Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);

            Task stopping = gateway.App.StopAsync();
            HealthReport readiness = await Eventually.UntilAsync(
                () => health.CheckHealthAsync(),
                report => report.Status == HealthStatus.Unhealthy,
                "readiness turns unhealthy");
            Assert.False(stopping.IsCompleted, "The host stopped before the request in flight finished.");
            subgraphs.Gate.Open();
            GraphQLResponse finished = await inFlight.WaitAsync(TimeSpan.FromSeconds(15));
            await stopping.WaitAsync(TimeSpan.FromSeconds(15));

            Assert.Equal("The gateway is shutting down.", readiness.Entries["supergraph"].Description);
            Assert.Equal("""{"data":{"slow":"passed"}}""", finished.Body);
        }
        finally
        {
            subgraphs.Gate.Open();
            await gateway.DisposeAsync();
        }
    }
}
