using System.Net;
using System.Net.Sockets;

using GameLibrary.Gateway.Tests.Composition.Stock;
using GameLibrary.Gateway.Tests.Support;

using GameLibrary.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GameLibrary.Gateway.Tests.Composition;

/// <summary>
/// The gateway without a supergraph file, composing from the subgraphs' <c>_service { sdl }</c>: products and reviews
/// (shared), and a stock subgraph whose schema a test changes while it runs.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class StartupCompositionTests(SubgraphsFixture subgraphs) : IAsyncLifetime
{
    private const string ProductWithStock = "{ product(id: 1) { name inStock reviews { body } } }";

    private SubgraphServer? _stock;

    private SubgraphServer Stock => _stock ?? throw new InvalidOperationException("Not started.");

    private StockSchemas StockSchemas => Stock.Services.GetRequiredService<StockSchemas>();

    public async Task InitializeAsync() =>
        _stock = await SubgraphServer.StartAsync<StockSchemaV1>("stock", StockSchemas.Register);

    public async Task DisposeAsync()
    {
        if (_stock is not null)
        {
            await _stock.DisposeAsync();
        }
    }

    [Fact]
    public async Task Composes_the_subgraphs_at_start_up_and_serves_the_result()
    {
        await using GatewayServer gateway = await StartAsync(Stock.Url);

        GraphQLResponse response = await gateway.PostAsync(ProductWithStock);

        Assert.Equal(HttpStatusCode.OK, await gateway.StatusOfAsync("/health/ready"));
        Assert.Equal(
            """{"data":{"product":{"name":"Chess","inStock":5,"reviews":[{"body":"Timeless"},{"body":"Hard to master"}]}}}""",
            response.Body);
        await gateway.WaitForLogAsync(LogLevel.Information, "Serving supergraph version 1 from the composition of products (", "reviews (", "stock (");
    }

    [Fact]
    public async Task Recomposes_and_swaps_when_a_subgraph_schema_changes()
    {
        await using GatewayServer gateway = await StartAsync(Stock.Url);
        GraphQLResponse before = await gateway.PostAsync("{ product(id: 2) { warehouse } }");
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], before.ErrorCodes);

        StockSchemas.Serve<StockSchemaV2>();

        await Eventually.UntilAsync(() => Task.FromResult(gateway.Version), version => version == 2, "the gateway serves the recomposed supergraph");
        GraphQLResponse after = await gateway.PostAsync("{ product(id: 2) { name inStock warehouse } }");
        Assert.Equal("""{"data":{"product":{"name":"Go","inStock":10,"warehouse":"W2"}}}""", after.Body);
        await gateway.WaitForLogAsync(LogLevel.Information, "The schema of subgraph stock changed; recomposing");
    }

    [Fact]
    public async Task A_composition_error_keeps_the_current_supergraph_and_names_the_problem()
    {
        await using GatewayServer gateway = await StartAsync(Stock.Url);

        StockSchemas.Serve<ConflictingStockSchema>();

        await gateway.WaitForLogAsync(LogLevel.Error, "The subgraphs do not compose: INVALID_FIELD_SHARING", "\"Product.name\"", "Still serving supergraph version 1");
        Assert.Equal(1, gateway.Version);
        Assert.Equal(HttpStatusCode.OK, await gateway.StatusOfAsync("/health/ready"));
        GraphQLResponse response = await gateway.PostAsync("{ product(id: 1) { name reviews { body } } }");
        Assert.Equal("""{"data":{"product":{"name":"Chess","reviews":[{"body":"Timeless"},{"body":"Hard to master"}]}}}""", response.Body);

        // Still polling: a fixed schema is composed and swapped in, and the failure was logged once.
        StockSchemas.Serve<StockSchemaV2>();
        await Eventually.UntilAsync(() => Task.FromResult(gateway.Version), version => version == 2, "the gateway recovers with the fixed schema");
        Assert.Single(gateway.Logs.Entries, entry => entry.Message.Contains("do not compose", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Until_every_subgraph_answers_the_gateway_is_not_ready_and_says_which_is_missing()
    {
        Uri closed = ClosedPortUrl();
        await using GatewayServer gateway = await StartAsync(closed, waitUntilReady: false);

        await gateway.WaitForLogAsync(LogLevel.Error, "Cannot compose the supergraph: The subgraph 'stock'", "cannot be reached", "Still serving no supergraph yet");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await gateway.StatusOfAsync("/health/ready"));
        Assert.Equal(0, gateway.Version);
    }

    [Fact]
    public async Task A_non_positive_poll_interval_is_refused_at_start()
    {
        OptionsValidationException refusal = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            StartAsync(Stock.Url, waitUntilReady: false, pollInterval: "00:00:00"));

        Assert.Contains("Gateway:Compose:PollInterval must be a positive duration.", refusal.Failures);
    }

    private Task<GatewayServer> StartAsync(Uri stockUrl, bool waitUntilReady = true, string pollInterval = "00:00:00.100") =>
        GatewayServer.StartAsync(
            supergraphPath: null,
            subgraphs,
            new Dictionary<string, string?>
            {
                ["Gateway:Compose:Enabled"] = "true",
                ["Gateway:Compose:PollInterval"] = pollInterval,
                ["Gateway:Subgraphs:stock:Url"] = stockUrl.ToString(),
            },
            waitUntilReady);

    private static Uri ClosedPortUrl()
    {
        using TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/graphql");
    }
}
