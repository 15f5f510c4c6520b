using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

using GameLibrary.Gateway.Tests.Support;

namespace GameLibrary.Gateway.Tests;

/// <summary>The transport's other two protocols reach the engine too: graphql-transport-ws and Server-Sent Events (subscriptions: SubscriptionTests).</summary>
[Collection(GatewayCollection.Name)]
public sealed class StreamingTransportTests(SubgraphsFixture subgraphs)
{
    [Fact]
    public async Task A_query_over_Server_Sent_Events_is_one_next_event_then_complete()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ product(id: 2) { name reviews { body } } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using HttpResponseMessage response = await gateway.Client.SendAsync(request);
        string body = (await response.Content.ReadAsStringAsync()).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("event: next\ndata: {\"data\":{\"product\":{\"name\":\"Go\",\"reviews\":[{\"body\":\"Beautiful\"}]}}}\n", body, StringComparison.Ordinal);
        Assert.EndsWith("event: complete\ndata:\n\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_a_WebSocket_a_query_is_one_next_message_then_complete()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        await using GraphQLWebSocketClient socket = await GraphQLWebSocketClient.ConnectAsync(new Uri(gateway.Client.BaseAddress!, "/graphql"));

        JsonNode ack = await socket.InitializeAsync();
        await socket.SubscribeAsync("1", "{ product(id: 1) { name reviews { body } } }");
        JsonNode next = await socket.ReceiveAsync();
        JsonNode complete = await socket.ReceiveAsync();

        Assert.Equal("connection_ack", ack["type"]!.GetValue<string>());
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"product":{"name":"Chess","reviews":[{"body":"Timeless"},{"body":"Hard to master"}]}}}}""", next.ToJsonString());
        Assert.Equal("""{"id":"1","type":"complete"}""", complete.ToJsonString());
    }
}
