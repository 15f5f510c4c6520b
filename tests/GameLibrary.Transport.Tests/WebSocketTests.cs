using System.Net.WebSockets;
using System.Text.Json;

using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

using Snapshooter.Xunit;

using GameLibrary.Transport.Execution;
using GameLibrary.Transport.Tests.Support;
using GameLibrary.Transport.WebSockets;

namespace GameLibrary.Transport.Tests;

public sealed class WebSocketTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Handshake_SelectsTheSubprotocol_AndInitIsAcknowledged()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();

        Assert.Equal("graphql-transport-ws", client.Socket.SubProtocol);
        await client.SendAsync("""{"type":"connection_init","payload":{"token":"abc"}}""");
        Assert.Equal("""{"type":"connection_ack"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task Subscription_SendsNextForEachEvent_ThenComplete()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync();

        await client.SubscribeAsync("s1", "subscription { count(to: 3) }");

        List<string> transcript = [];
        for (int i = 0; i < 4; i++)
        {
            transcript.Add(await client.ReceiveTextAsync());
        }

        Assert.Equal(
            [
                """{"id":"s1","type":"next","payload":{"data":{"count":1}}}""",
                """{"id":"s1","type":"next","payload":{"data":{"count":2}}}""",
                """{"id":"s1","type":"next","payload":{"data":{"count":3}}}""",
                """{"id":"s1","type":"complete"}""",
            ],
            transcript);
        Snapshot.Match(string.Join('\n', transcript));
    }

    [Fact]
    public async Task QueryAndMutation_RunOverTheSocket_WithNextThenComplete()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync("""{"token":"abc"}""");

        await client.SubscribeAsync("q", "{ whoami }");
        JsonElement next = await client.ReceiveAsync();
        Assert.Equal("""{"id":"q","type":"complete"}""", await client.ReceiveTextAsync());
        await client.SubscribeAsync("m", "mutation { like }");
        Assert.Equal("""{"id":"m","type":"next","payload":{"data":{"like":true}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"m","type":"complete"}""", await client.ReceiveTextAsync());

        JsonElement whoami = next.GetProperty("payload").GetProperty("data").GetProperty("whoami");
        Assert.Equal("WebSocket", whoami.GetProperty("transport").GetString());
        Assert.Equal("abc", whoami.GetProperty("init").GetProperty("token").GetString());
        Assert.All(host.Probe.Calls, call => Assert.False(call.Context.QueryOnly));
    }

    [Fact]
    public async Task SubscribePayload_PassesAllParameters()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync();

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"query Echo { echo }","operationName":"Echo","variables":{"a":1},"extensions":{"b":2}}}""");

        Assert.Equal(
            """{"id":"1","type":"next","payload":{"data":{"echo":{"operationName":"Echo","variables":{"a":1},"extensions":{"b":2}}}}}""",
            await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task Operations_RunConcurrently_EachInItsOwnScope()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync();

        // The slow query holds its executor until released; a later query overtakes it.
        await client.SubscribeAsync("slow", "{ slow }");
        await host.Probe.SlowStarted.Task.WaitAsync(Generous);
        await client.SubscribeAsync("fast", "{ hello }");
        Assert.Equal("""{"id":"fast","type":"next","payload":{"data":{"hello":"world"}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"fast","type":"complete"}""", await client.ReceiveTextAsync());
        host.Probe.SlowRelease.SetResult();
        Assert.Equal("""{"id":"slow","type":"next","payload":{"data":{"slow":"done"}}}""", await client.ReceiveTextAsync());

        GraphQLRequestContext[] contexts = [.. host.Probe.Calls.Select(call => call.Context)];
        Assert.Equal(2, contexts.Length);
        Assert.NotSame(contexts[0].Services, contexts[1].Services);
    }

    [Fact]
    public async Task Ping_IsAnsweredWithPong_EchoingThePayload_EvenBeforeInit()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();

        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("""{"type":"pong"}""", await client.ReceiveTextAsync());
        await client.SendAsync("""{"type":"ping","payload":{"at":42}}""");
        Assert.Equal("""{"type":"pong","payload":{"at":42}}""", await client.ReceiveTextAsync());

        // A pong from the client needs no answer: the next message is the ack.
        await client.SendAsync("""{"type":"pong","payload":{"x":1}}""");
        await client.InitAsync();
    }

    [Fact]
    public async Task RequestError_IsAnErrorMessage_WithoutComplete()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync();

        await client.SubscribeAsync("1", "{ SYNTAX_ERROR }");
        string error = await client.ReceiveTextAsync();
        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal(
            """{"id":"1","type":"error","payload":[{"message":"Syntax Error: Unexpected Name \"SYNTAX_ERROR\".","locations":[{"line":1,"column":3}]}]}""",
            error);
        Assert.Equal("""{"type":"pong"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task StreamWhoseFirstEventIsARequestError_IsAnErrorMessage()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync();

        await client.SubscribeAsync("1", "subscription { badFirst }");
        JsonElement error = await client.ReceiveAsync();
        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("Variable \"$id\" is required.", error.GetProperty("payload")[0].GetProperty("message").GetString());
        Assert.Equal("""{"type":"pong"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task ExecutorException_IsAnInternalErrorMessage_AndTheSocketStaysOpen()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync();

        await client.SubscribeAsync("1", "{ boom }");

        Assert.Equal(
            """{"id":"1","type":"error","payload":[{"message":"An unexpected error occurred.","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""",
            await client.ReceiveTextAsync());
        await client.SubscribeAsync("2", "{ hello }");
        Assert.Equal("""{"id":"2","type":"next","payload":{"data":{"hello":"world"}}}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task StreamFailingMidway_EndsWithAnErrorMessage()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync();

        await client.SubscribeAsync("1", "subscription { failing }");

        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"failing":1}}}""", await client.ReceiveTextAsync());
        JsonElement error = await client.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ClientComplete_StopsTheStream_AndFreesTheId()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync();
        await client.SubscribeAsync("1", "subscription { forever }");
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"forever":1}}}""", await client.ReceiveTextAsync());

        await client.SendAsync("""{"id":"1","type":"complete"}""");

        Assert.True(await host.Probe.StreamsEnded.WaitAsync(Generous));

        // The id is free at once, and the server sent no complete of its own for the old stream.
        await client.SubscribeAsync("1", "{ hello }");
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"hello":"world"}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"1","type":"complete"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task CompleteForAnUnknownId_IsIgnored()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync();

        await client.SendAsync("""{"id":"nope","type":"complete"}""");
        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("""{"type":"pong"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task ClosingTheSocket_CancelsEverySubscription()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync();
        await client.SubscribeAsync("a", "subscription { forever }");
        await client.SubscribeAsync("b", "subscription { forever }");
        await client.ReceiveTextAsync();
        await client.ReceiveTextAsync();

        await client.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);

        Assert.True(await host.Probe.StreamsEnded.WaitAsync(Generous));
        Assert.True(await host.Probe.StreamsEnded.WaitAsync(Generous));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.Socket.CloseStatus);
        await WaitUntilAsync(() => host.Tracker.InFlight == 0);
    }

    [Fact]
    public async Task MessageSplitAcrossFrames_IsReassembled()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync();

        await client.SendFramesAsync("""{"id":"1","type":"sub""", """scribe","payload":{"query":""", "\"{ hello }\"}}");

        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"hello":"world"}}}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task MessageEndingInAnEmptyFrame_IsReassembled_AndAnEmptyMessageIsNotJson()
    {
        // Between messages the session waits with an empty buffer: frames with no payload must still count.
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync();

        await client.SendFramesAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}""", string.Empty);

        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"hello":"world"}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"1","type":"complete"}""", await client.ReceiveTextAsync());

        await client.SendAsync(string.Empty);

        Assert.Equal((4400, "Invalid message received: not valid JSON"), await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("{not json", "Invalid message received: not valid JSON")]
    [InlineData("[1,2]", "Invalid message received: expected an object with a string 'type'")]
    [InlineData("""{"id":"1"}""", "Invalid message received: expected an object with a string 'type'")]
    [InlineData("""{"type":7}""", "Invalid message received: expected an object with a string 'type'")]
    [InlineData("""{"type":"start"}""", "Invalid message received: unexpected type 'start'")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""", "Invalid message received: unexpected type 'next'")]
    [InlineData("""{"type":"connection_ack"}""", "Invalid message received: unexpected type 'connection_ack'")]
    [InlineData("""{"type":"ping","payload":"x"}""", "Invalid message received: ping payload must be an object")]
    [InlineData("""{"type":"pong","payload":[1]}""", "Invalid message received: pong payload must be an object")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""", "Invalid message received: subscribe needs a non-empty string 'id'")]
    [InlineData("""{"type":"subscribe","id":"","payload":{"query":"{ hello }"}}""", "Invalid message received: subscribe needs a non-empty string 'id'")]
    [InlineData("""{"type":"subscribe","id":1,"payload":{"query":"{ hello }"}}""", "Invalid message received: subscribe needs a non-empty string 'id'")]
    [InlineData("""{"type":"subscribe","id":"1"}""", "Invalid message received: subscribe needs an object 'payload'")]
    [InlineData("""{"type":"subscribe","id":"1","payload":"{ hello }"}""", "Invalid message received: subscribe needs an object 'payload'")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":7}}""", "Invalid message received: The 'query' parameter is required and must be a string.")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ hello }","variables":[]}}""", "Invalid message received: The 'variables' parameter must be an object or null.")]
    [InlineData("""{"type":"complete"}""", "Invalid message received: complete needs a non-empty string 'id'")]
    public async Task InvalidMessage_Closes4400(string message, string reason)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using (GraphQLWebSocketTestClient client = await host.ConnectAsync())
        {
            await client.InitAsync();

            await client.SendAsync(message);

            Assert.Equal((4400, reason), await client.ReceiveCloseAsync());
        }

        await AssertServesOverWebSocketAsync(host);
    }

    [Fact]
    public async Task InvalidConnectionInitPayload_Closes4400()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();

        await client.SendAsync("""{"type":"connection_init","payload":"token"}""");

        Assert.Equal(
            (4400, "Invalid message received: connection_init payload must be an object"),
            await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task SubscribeBeforeAck_Closes4401()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using (GraphQLWebSocketTestClient client = await host.ConnectAsync())
        {
            await client.SubscribeAsync("1", "{ hello }");

            Assert.Equal((4401, "Unauthorized"), await client.ReceiveCloseAsync());
        }

        Assert.Empty(host.Probe.Calls);
        await AssertServesOverWebSocketAsync(host);
    }

    [Fact]
    public async Task DuplicateId_Closes4409()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using (GraphQLWebSocketTestClient client = await host.ConnectAsync())
        {
            await client.InitAsync();
            await client.SubscribeAsync("dup", "subscription { forever }");
            await client.ReceiveTextAsync();

            await client.SubscribeAsync("dup", "subscription { forever }");

            Assert.Equal((4409, "Subscriber for dup already exists"), await client.ReceiveCloseAsync());
        }

        // Closing the socket ended the first subscription too.
        Assert.True(await host.Probe.StreamsEnded.WaitAsync(Generous));
        await AssertServesOverWebSocketAsync(host);
    }

    [Fact]
    public async Task DuplicateInit_Closes4429()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using (GraphQLWebSocketTestClient client = await host.ConnectAsync())
        {
            await client.InitAsync();

            await client.SendAsync("""{"type":"connection_init"}""");

            Assert.Equal((4429, "Too many initialisation requests"), await client.ReceiveCloseAsync());
        }

        await AssertServesOverWebSocketAsync(host);
    }

    [Fact]
    public async Task NoInitInTime_Closes4408()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(
            options => options.ConnectionInitTimeout = TimeSpan.FromMilliseconds(100));
        using (GraphQLWebSocketTestClient client = await host.ConnectAsync())
        {
            Assert.Equal((4408, "Connection initialisation timeout"), await client.ReceiveCloseAsync());
        }

        await AssertServesOverWebSocketAsync(host);
    }

    [Fact]
    public async Task InitInTime_IsNotClosedByTheTimeout()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(
            options => options.ConnectionInitTimeout = TimeSpan.FromMilliseconds(100));
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync();

        // Well past the timeout the connection still answers.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("""{"type":"pong"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task InitializerRejecting_Closes4403()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(
            services: services => services.AddSingleton<IGraphQLConnectionInitializer, InitializerStub>());
        using (GraphQLWebSocketTestClient client = await host.ConnectAsync())
        {
            await client.SendAsync("""{"type":"connection_init","payload":{"token":"wrong"}}""");

            Assert.Equal((4403, "Forbidden"), await client.ReceiveCloseAsync());
        }

        await AssertServesOverWebSocketAsync(host);
    }

    [Fact]
    public async Task InitializerAccepting_MayReplaceTheUser()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(
            services: services => services.AddSingleton<IGraphQLConnectionInitializer, InitializerStub>());
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync("""{"token":"let-me-in"}""");

        await client.SubscribeAsync("1", "{ whoami }");

        JsonElement whoami = (await client.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("whoami");
        Assert.Equal("ada", whoami.GetProperty("user").GetString());
    }

    [Fact]
    public async Task InitializerFailing_Closes4500()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(
            services: services => services.AddSingleton<IGraphQLConnectionInitializer, InitializerStub>());
        using (GraphQLWebSocketTestClient client = await host.ConnectAsync())
        {
            await client.SendAsync("""{"type":"connection_init","payload":{"token":"throw"}}""");

            Assert.Equal((4500, "Internal server error"), await client.ReceiveCloseAsync());
        }

        await AssertServesOverWebSocketAsync(host);
    }

    [Theory]
    [InlineData]
    [InlineData("graphql-ws")]
    [InlineData("GRAPHQL-TRANSPORT-WS")]
    public async Task WithoutTheSubprotocol_Closes4406(params string[] subProtocols)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        WebSocketClient webSocketClient = host.Server.CreateWebSocketClient();
        foreach (string subProtocol in subProtocols)
        {
            webSocketClient.SubProtocols.Add(subProtocol);
        }

        using (GraphQLWebSocketTestClient client = GraphQLWebSocketTestClient.Wrap(
            await webSocketClient.ConnectAsync(new Uri(host.Server.BaseAddress, "graphql"), CancellationToken.None)))
        {
            Assert.Null(client.Socket.SubProtocol);
            Assert.Equal((4406, "Subprotocol not acceptable"), await client.ReceiveCloseAsync());
        }

        await AssertServesOverWebSocketAsync(host);
    }

    [Fact]
    public async Task MessageLargerThanTheLimit_Closes1009()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(options => options.MaxRequestBodySize = 100);
        using (GraphQLWebSocketTestClient client = await host.ConnectAsync())
        {
            await client.InitAsync();

            await client.SendFramesAsync(
                """{"id":"1","type":"subscribe","payload":{"query":"{ hello }",""",
                $$$$"""
                "extensions":{"pad":"{{{{new string('x', 200)}}}}"}}}
                """);

            Assert.Equal(((int)WebSocketCloseStatus.MessageTooBig, "Message too big"), await client.ReceiveCloseAsync());
        }

        Assert.Empty(host.Probe.Calls);
        await AssertServesOverWebSocketAsync(host);
    }

    [Fact]
    public async Task MessageWithinTheLimit_GrowsTheBuffer()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync();
        string padding = new('x', 50_000);

        await client.SendAsync($$$$"""{"id":"1","type":"subscribe","payload":{"query":"{ echo }","variables":{"pad":"{{{{padding}}}}"}}}""");

        JsonElement echo = (await client.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("echo");
        Assert.Equal(padding, echo.GetProperty("variables").GetProperty("pad").GetString());
    }

    [Fact]
    public async Task WebSocketsDisabled_UpgradeIsNotServed()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(options => options.EnableWebSockets = false);

        await Assert.ThrowsAnyAsync<Exception>(() => host.ConnectAsync());
    }

    private static async Task AssertServesOverWebSocketAsync(TransportTestHost host)
    {
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync();
        await client.SubscribeAsync("check", "{ hello }");
        Assert.Equal("""{"id":"check","type":"next","payload":{"data":{"hello":"world"}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"check","type":"complete"}""", await client.ReceiveTextAsync());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using CancellationTokenSource timeout = new(Generous);
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
