using System.Net.WebSockets;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Execution;
using GameLibrary.Federation.Tests.Execution;
using GameLibrary.Federation.Tests.Subscriptions.Support;
using GameLibrary.Federation.Tests.Supergraph.Samples;

namespace GameLibrary.Federation.Tests.Subscriptions;

/// <summary>
/// The subscription client against a scripted graphql-transport-ws peer: the protocol paths a GraphQL.NET subgraph
/// does not take (pings, error messages, closes before complete).
/// </summary>
public sealed class GraphQLWsProtocolTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly SubgraphRequest Request = new("subscription { reviewAdded { body } }", null, []);

    [Fact]
    public async Task PingsAreAnsweredWithPongsCarryingTheirPayloadBeforeAndAfterTheAcknowledgement()
    {
        await using var server = await ScriptedWebSocketServer.StartAsync(async peer =>
        {
            await peer.ReceiveAsync();
            await peer.SendAsync("""{"type":"ping","payload":{"n":1}}""");
            await peer.ReceiveAsync();
            await peer.SendAsync("""{"type":"connection_ack"}""");
            await peer.ReceiveAsync();
            await peer.SendAsync("""{"type":"ping"}""");
            await peer.ReceiveAsync();
            await peer.SendAsync("""{"id":"1","type":"next","payload":{"data":{"reviewAdded":{"body":"Nice"}}}}""");
            await peer.SendAsync("""{"id":"1","type":"complete"}""");
            await peer.DrainUntilCloseAsync();
            await peer.CloseAsync();
        });

        var events = await ReadAllAsync(server);

        Assert.Equal(["""{"data":{"reviewAdded":{"body":"Nice"}}}"""], events);
        await server.Done.WaitAsync(Timeout);
        var received = server.Received.ToList();
        Assert.Equal("""{"type":"pong","payload":{"n":1}}""", received[1]);
        Assert.Equal("subscribe", JsonNode.Parse(received[2])!["type"]!.GetValue<string>());
        Assert.Equal("""{"type":"pong"}""", received[3]);
        Assert.Equal(4, received.Count);
    }

    [Fact]
    public async Task AnErrorMessageIsTheLastEventAndNeedsNoComplete()
    {
        await using var server = await ScriptedWebSocketServer.StartAsync(async peer =>
        {
            await peer.ReceiveAsync();
            await peer.SendAsync("""{"type":"connection_ack"}""");
            await peer.ReceiveAsync();
            await peer.SendAsync("""{"id":"1","type":"error","payload":[{"message":"Unknown field nope."}]}""");
            await peer.DrainUntilCloseAsync();
            await peer.CloseAsync();
        });

        var events = await ReadAllAsync(server);

        Assert.Equal(["""{"errors":[{"message":"Unknown field nope."}]}"""], events);
        await server.Done.WaitAsync(Timeout);
        Assert.DoesNotContain(server.Received, m => m.Contains("complete", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACloseBeforeCompleteEndsTheStreamWithAnHttpError()
    {
        await using var server = await ScriptedWebSocketServer.StartAsync(async peer =>
        {
            await peer.ReceiveAsync();
            await peer.SendAsync("""{"type":"connection_ack"}""");
            await peer.ReceiveAsync();
            await peer.SendAsync("""{"id":"1","type":"next","payload":{"data":{"reviewAdded":{"body":"Nice"}}}}""");
            await peer.CloseAsync(WebSocketCloseStatus.InternalServerError, "boom");
            await peer.DrainUntilCloseAsync();
        });

        var events = new List<string>();
        var ex = await Assert.ThrowsAsync<SubgraphRequestException>(() => ReadAllAsync(server, events));

        Assert.Equal(["""{"data":{"reviewAdded":{"body":"Nice"}}}"""], events);
        Assert.Equal(ErrorCodes.SubrequestHttpError, ex.Code);
        Assert.Equal("Subscription to subgraph 'reviews' failed: the subgraph closed the connection before completing the subscription (1011 boom).", ex.Message);
    }

    [Fact]
    public async Task ARefusedConnectionInitIsAnHttpError()
    {
        await using var server = await ScriptedWebSocketServer.StartAsync(async peer =>
        {
            await peer.ReceiveAsync();
            await peer.CloseAsync((WebSocketCloseStatus)4403, "Forbidden");
            await peer.DrainUntilCloseAsync();
        });

        var ex = await Assert.ThrowsAsync<SubgraphRequestException>(() => ReadAllAsync(server));

        Assert.Equal(ErrorCodes.SubrequestHttpError, ex.Code);
        Assert.Equal("Subscription to subgraph 'reviews' failed: the subgraph closed the connection before acknowledging it (4403 Forbidden).", ex.Message);
    }

    [Fact]
    public async Task AMessageThatIsNotJsonEndsTheStreamWithAnHttpError()
    {
        await using var server = await ScriptedWebSocketServer.StartAsync(async peer =>
        {
            await peer.ReceiveAsync();
            await peer.SendAsync("""{"type":"connection_ack"}""");
            await peer.ReceiveAsync();
            await peer.SendAsync("not json");
            await peer.DrainUntilCloseAsync();
            await peer.CloseAsync();
        });

        var ex = await Assert.ThrowsAsync<SubgraphRequestException>(() => ReadAllAsync(server));

        Assert.Equal("Subscription to subgraph 'reviews' failed: the subgraph sent a message that is not valid JSON.", ex.Message);
    }

    private static Task<List<string>> ReadAllAsync(ScriptedWebSocketServer server) => ReadAllAsync(server, []);

    private static async Task<List<string>> ReadAllAsync(ScriptedWebSocketServer server, List<string> events)
    {
        var options = new FederationGatewayOptions();
        options.SubgraphUrls["reviews"] = server.Url;
        var client = new WebSocketSubgraphClient(SampleSupergraphs.Load("basic"), options);
        using var timeout = new CancellationTokenSource(Timeout);
        await foreach (var response in client.SubscribeAsync("reviews", Request, Forwarded.Nothing, timeout.Token))
        {
            events.Add(response.ToJsonString());
        }

        return events;
    }
}
