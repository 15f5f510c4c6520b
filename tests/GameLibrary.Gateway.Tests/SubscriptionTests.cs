using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;

using GameLibrary.Gateway.Supergraphs;
using GameLibrary.Gateway.Tests.Subgraphs.Products;
using GameLibrary.Gateway.Tests.Support;
using GameLibrary.Testing;

using Microsoft.Extensions.DependencyInjection;

using static GameLibrary.Gateway.Tests.Support.SubscriptionSteps;

namespace GameLibrary.Gateway.Tests;

/// <summary>
/// Subscriptions through the gateway: the products subgraph streams renames, and every event is completed with the
/// reviews that live in the reviews subgraph before it reaches the client, over WebSocket and SSE.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class SubscriptionTests(SubgraphsFixture subgraphs) : IDisposable
{
    private const string Renamed = "subscription OnRename { productRenamed { id name reviews { body } } }";

    private readonly TempDirectory _directory = new();

    public void Dispose()
    {
        // The subgraph's products are shared by every test: back to their names.
        ProductStore products = subgraphs.Products.Services.GetRequiredService<ProductStore>();
        products.Rename(1, "Chess");
        products.Rename(2, "Go");
        _directory.Dispose();
    }

    [Fact]
    public async Task Over_a_WebSocket_each_event_arrives_in_order_completed_from_the_other_subgraph()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        await using GraphQLWebSocketClient socket = await GraphQLWebSocketClient.ConnectAsync(GraphQLUrl(gateway));
        await socket.InitializeAsync();

        await socket.SubscribeAsync("renames", Renamed);
        await SubgraphSubscribersAsync(subgraphs, 1);
        await RenameAsync(gateway, 2, "Go (1)");
        await RenameAsync(gateway, 1, "Chess (1)");
        await RenameAsync(gateway, 2, "Go (2)");
        JsonNode[] events = [await socket.ReceiveAsync(), await socket.ReceiveAsync(), await socket.ReceiveAsync()];

        Assert.Equal(
            [
                """{"id":"renames","type":"next","payload":{"data":{"productRenamed":{"id":"2","name":"Go (1)","reviews":[{"body":"Beautiful"}]}}}}""",
                """{"id":"renames","type":"next","payload":{"data":{"productRenamed":{"id":"1","name":"Chess (1)","reviews":[{"body":"Timeless"},{"body":"Hard to master"}]}}}}""",
                """{"id":"renames","type":"next","payload":{"data":{"productRenamed":{"id":"2","name":"Go (2)","reviews":[{"body":"Beautiful"}]}}}}""",
            ],
            events.Select(message => message.ToJsonString()));
    }

    [Fact]
    public async Task A_client_completing_its_subscription_ends_the_subgraph_subscription_and_the_connection_stays_usable()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        await using GraphQLWebSocketClient socket = await GraphQLWebSocketClient.ConnectAsync(GraphQLUrl(gateway));
        await socket.InitializeAsync();
        await socket.SubscribeAsync("renames", Renamed);
        await SubgraphSubscribersAsync(subgraphs, 1);

        await socket.CompleteAsync("renames");
        await SubgraphSubscribersAsync(subgraphs, 0);
        await socket.SubscribeAsync("query", "{ product(id: 1) { name } }");
        JsonNode answer = await socket.ReceiveAsync();

        Assert.Equal("""{"id":"query","type":"next","payload":{"data":{"product":{"name":"Chess"}}}}""", answer.ToJsonString());
    }

    [Fact]
    public async Task A_client_dropping_the_connection_ends_the_subgraph_subscription()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        GraphQLWebSocketClient socket = await GraphQLWebSocketClient.ConnectAsync(GraphQLUrl(gateway));
        await socket.InitializeAsync();
        await socket.SubscribeAsync("renames", Renamed);
        await SubgraphSubscribersAsync(subgraphs, 1);

        await socket.DisposeAsync();

        await SubgraphSubscribersAsync(subgraphs, 0);
    }

    [Fact]
    public async Task Over_Server_Sent_Events_each_event_arrives_completed_and_leaving_ends_the_subgraph_subscription()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        using (ServerSentEventSubscription subscription = ServerSentEventSubscription.Start(gateway.Client, Renamed))
        {
            await SubgraphSubscribersAsync(subgraphs, 1);
            await RenameAsync(gateway, 1, "Chess (SSE)");
            await RenameAsync(gateway, 2, "Go (SSE)");
            HttpResponseMessage response = await subscription.ResponseAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(
                ("next", """{"data":{"productRenamed":{"id":"1","name":"Chess (SSE)","reviews":[{"body":"Timeless"},{"body":"Hard to master"}]}}}"""),
                await subscription.ReadAsync());
            Assert.Equal(
                ("next", """{"data":{"productRenamed":{"id":"2","name":"Go (SSE)","reviews":[{"body":"Beautiful"}]}}}"""),
                await subscription.ReadAsync());
        }

        await SubgraphSubscribersAsync(subgraphs, 0);
    }

    [Fact]
    public async Task A_subscription_keeps_its_supergraph_version_through_a_hot_swap_and_releases_it_when_it_ends()
    {
        string watched = Path.Combine(_directory.Path, "supergraph.graphql");
        File.Copy(TestSupergraphs.V2, watched);
        await using GatewayServer gateway = await GatewayServer.StartAsync(watched, subgraphs);
        SupergraphInstance first = gateway.App.Services.GetRequiredService<SupergraphProvider>().Current!;
        await using GraphQLWebSocketClient socket = await GraphQLWebSocketClient.ConnectAsync(GraphQLUrl(gateway));
        await socket.InitializeAsync();

        // price is in version 1's schema (supergraph-v2.graphql) only, not in what is swapped in (supergraph-v1.graphql).
        await socket.SubscribeAsync("renames", "subscription { productRenamed { name price reviews { body } } }");
        await SubgraphSubscribersAsync(subgraphs, 1);
        await gateway.SwapToAsync(TestSupergraphs.V1, watched);
        await RenameAsync(gateway, 2, "Go (after the swap)");
        JsonNode afterSwap = await socket.ReceiveAsync();
        bool heldWhileOpen = IsHeld(first);

        await socket.CompleteAsync("renames");
        await SubgraphSubscribersAsync(subgraphs, 0);

        // Completed by the retired version: its subgraph client still worked for the reviews.
        Assert.Equal(
            """{"id":"renames","type":"next","payload":{"data":{"productRenamed":{"name":"Go (after the swap)","price":20,"reviews":[{"body":"Beautiful"}]}}}}""",
            afterSwap.ToJsonString());
        Assert.True(heldWhileOpen, "The retired version was released while its subscription was open.");
        await Eventually.UntilAsync(
            () => Task.FromResult(IsHeld(first)),
            held => !held,
            "the retired version is released once its last subscription ends");
    }

    [Fact]
    public async Task Shutting_down_completes_open_subscriptions_promptly_and_ends_them_on_the_subgraph()
    {
        GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        await using GraphQLWebSocketClient socket = await GraphQLWebSocketClient.ConnectAsync(GraphQLUrl(gateway));
        await socket.InitializeAsync();
        await socket.SubscribeAsync("renames", Renamed);
        await SubgraphSubscribersAsync(subgraphs, 1);

        Task stopping = gateway.DisposeAsync().AsTask();
        JsonNode complete = await socket.ReceiveAsync();
        WebSocketCloseStatus? closed = await socket.ReceiveCloseAsync();

        Assert.Equal("""{"id":"renames","type":"complete"}""", complete.ToJsonString());
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, closed);
        await stopping.WaitAsync(TimeSpan.FromSeconds(5));
        await SubgraphSubscribersAsync(subgraphs, 0);
    }

    [Fact]
    public async Task A_subscription_with_an_unknown_field_is_an_error_message_and_subscribes_to_nothing()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        await using GraphQLWebSocketClient socket = await GraphQLWebSocketClient.ConnectAsync(GraphQLUrl(gateway));
        await socket.InitializeAsync();

        await socket.SubscribeAsync("bad", "subscription { productRenamed { name weight } }");
        JsonNode error = await socket.ReceiveAsync();

        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("bad", error["id"]!.GetValue<string>());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(0, subgraphs.Renames.Subscribers);
    }

    [Fact]
    public async Task Identical_subscriptions_from_many_sockets_share_one_subgraph_subscription_and_metrics_show_the_fan_out()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        List<GraphQLWebSocketClient> sockets = [];
        try
        {
            for (int i = 0; i < 5; i++)
            {
                GraphQLWebSocketClient socket = await GraphQLWebSocketClient.ConnectAsync(GraphQLUrl(gateway));
                sockets.Add(socket);
                await socket.InitializeAsync();
                await socket.SubscribeAsync("renames", Renamed);
            }

            string metrics = await Eventually.UntilAsync(
                () => gateway.Client.GetStringAsync("/metrics"),
                scraped => Metric(scraped, "gamelibrary_gateway_subscriptions_active") >= 5,
                "the five client subscriptions are exported");
            await SubgraphSubscribersAsync(subgraphs, 1);
            await RenameAsync(gateway, 1, "Chess (shared)");

            foreach (GraphQLWebSocketClient socket in sockets)
            {
                JsonNode message = await socket.ReceiveAsync();
                Assert.Equal("Chess (shared)", message["payload"]!["data"]!["productRenamed"]!["name"]!.GetValue<string>());
            }

            Assert.Equal(1, subgraphs.Renames.Subscribers);
            Assert.True(Metric(metrics, "gamelibrary_gateway_subscriptions_upstream") >= 1, metrics);
            Assert.True(Metric(metrics, "gamelibrary_gateway_subscriptions_fanout_ratio") >= 1, metrics);
        }
        finally
        {
            foreach (GraphQLWebSocketClient socket in sockets)
            {
                await socket.DisposeAsync();
            }
        }

        await SubgraphSubscribersAsync(subgraphs, 0);
    }

    /// <summary>Whether anyone still holds the version (a reference can be added only then); leaves the count as it was.</summary>
    private static bool IsHeld(SupergraphInstance instance)
    {
        if (!instance.TryAddReference())
        {
            return false;
        }

        instance.Release();
        return true;
    }
}