using System.Net;

using GameLibrary.Gateway.Tests.Support;
using GameLibrary.Testing;

using Microsoft.Extensions.Logging;

namespace GameLibrary.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class HotReloadTests(SubgraphsFixture subgraphs) : IDisposable
{
    private const string PriceQuery = "{ product(id: 1) { name price } }";

    private static readonly Dictionary<string, string?> DebugLogs = new() { ["Logging:LogLevel:GameLibrary.Gateway.Supergraphs"] = "Debug" };

    private readonly TempDirectory _directory = new();

    private string Watched => Path.Combine(_directory.Path, "supergraph.graphql");

    [Fact]
    public async Task A_changed_supergraph_file_is_swapped_in_and_its_new_field_served()
    {
        File.Copy(TestSupergraphs.V1, Watched);
        await using GatewayServer gateway = await GatewayServer.StartAsync(Watched, subgraphs);
        GraphQLResponse before = await gateway.PostAsync(PriceQuery);

        await gateway.SwapToAsync(TestSupergraphs.V2, Watched);
        GraphQLResponse after = await gateway.PostAsync(PriceQuery);

        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], before.ErrorCodes);
        Assert.Equal("""{"data":{"product":{"name":"Chess","price":10}}}""", after.Body);
        Assert.Equal(2, gateway.Version);
        await gateway.WaitForLogAsync(LogLevel.Information, "Swapped in supergraph version 2 for version 1", Watched);
    }

    [Fact]
    public async Task A_request_in_flight_during_a_swap_finishes_on_the_supergraph_it_started_with()
    {
        File.Copy(TestSupergraphs.V1, Watched);
        await using GatewayServer gateway = await GatewayServer.StartAsync(Watched, subgraphs);
        subgraphs.Gate.Reset();
        try
        {
            Task<GraphQLResponse> inFlight = gateway.PostAsync("{ slow }");
            await subgraphs.Gate.Entered.WaitAsync(TimeSpan.FromSeconds(15));

            await gateway.SwapToAsync(TestSupergraphs.V2, Watched);
            GraphQLResponse newVersion = await gateway.PostAsync(PriceQuery);
            subgraphs.Gate.Open();
            GraphQLResponse finished = await inFlight.WaitAsync(TimeSpan.FromSeconds(15));

            Assert.Equal("""{"data":{"product":{"name":"Chess","price":10}}}""", newVersion.Body);
            Assert.Equal(HttpStatusCode.OK, finished.Status);
            Assert.Equal("""{"data":{"slow":"passed"}}""", finished.Body);
        }
        finally
        {
            subgraphs.Gate.Open();
        }
    }

    [Fact]
    public async Task A_broken_supergraph_file_is_rejected_with_a_logged_error_and_the_old_one_kept()
    {
        File.Copy(TestSupergraphs.V2, Watched);
        await using GatewayServer gateway = await GatewayServer.StartAsync(Watched, subgraphs);

        WatchedFile.Replace(Watched, "type Query { broken: ");
        await gateway.WaitForLogAsync(LogLevel.Error, "Rejected the supergraph", Watched, "Still serving supergraph version 1");

        Assert.Equal(1, gateway.Version);
        Assert.Equal(HttpStatusCode.OK, await gateway.StatusOfAsync("/health/ready"));
        Assert.Equal("""{"data":{"product":{"name":"Chess","price":10}}}""", (await gateway.PostAsync(PriceQuery)).Body);

        // Fixing the file brings reloading back.
        await gateway.SwapToAsync(TestSupergraphs.V1, Watched);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], (await gateway.PostAsync(PriceQuery)).ErrorCodes);
    }

    [Fact]
    public async Task A_broken_file_is_rejected_once_however_often_it_is_noticed()
    {
        File.Copy(TestSupergraphs.V2, Watched);
        await using GatewayServer gateway = await GatewayServer.StartAsync(Watched, subgraphs, DebugLogs);

        WatchedFile.Replace(Watched, "type Query { broken: ");
        await gateway.WaitForLogAsync(LogLevel.Error, "Rejected the supergraph");
        File.SetLastWriteTimeUtc(Watched, DateTime.UtcNow.AddMinutes(1));
        await gateway.WaitForLogAsync(LogLevel.Debug, "nothing to reload");

        Assert.Single(gateway.Logs.Entries, entry => entry.Level == LogLevel.Error);
    }

    [Fact]
    public async Task A_deleted_supergraph_file_keeps_the_supergraph_being_served()
    {
        File.Copy(TestSupergraphs.V2, Watched);
        await using GatewayServer gateway = await GatewayServer.StartAsync(Watched, subgraphs);

        File.Delete(Watched);
        await gateway.WaitForLogAsync(LogLevel.Warning, "does not exist", "Still serving supergraph version 1");

        Assert.Equal(HttpStatusCode.OK, await gateway.StatusOfAsync("/health/ready"));
        Assert.Equal("""{"data":{"product":{"name":"Chess","price":10}}}""", (await gateway.PostAsync(PriceQuery)).Body);
    }

    [Fact]
    public async Task A_touched_file_with_the_same_content_is_not_reloaded()
    {
        File.Copy(TestSupergraphs.V2, Watched);
        await using GatewayServer gateway = await GatewayServer.StartAsync(Watched, subgraphs, DebugLogs);
        int unchangedBefore = gateway.Logs.Entries.Count(entry => entry.Message.Contains("nothing to reload", StringComparison.Ordinal));

        File.SetLastWriteTimeUtc(Watched, DateTime.UtcNow.AddMinutes(1));
        await Eventually.UntilAsync(
            () => Task.FromResult(gateway.Logs.Entries.Count(entry => entry.Message.Contains("nothing to reload", StringComparison.Ordinal))),
            count => count > unchangedBefore,
            "the touch is noticed");

        Assert.Equal(1, gateway.Version);
    }

    public void Dispose() => _directory.Dispose();
}
