using System.Net;

using Snapshooter.Xunit;

using GameLibrary.Transport.Execution;
using GameLibrary.Transport.Tests.Support;

namespace GameLibrary.Transport.Tests;

public sealed class ServerSentEventsTests
{
    private const string EventStream = "text/event-stream";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Subscription_StreamsNextEvents_ThenComplete()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        using HttpResponseMessage response = await client.SendAsync(
            GraphQLHttp.Post("""{"query":"subscription { count(to: 3) }"}""", accept: EventStream));
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EventStream, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Equal(
            "event: next\ndata: {\"data\":{\"count\":1}}\n\n"
            + "event: next\ndata: {\"data\":{\"count\":2}}\n\n"
            + "event: next\ndata: {\"data\":{\"count\":3}}\n\n"
            + "event: complete\ndata:\n\n",
            body);
        Assert.Equal(GraphQLTransportKind.ServerSentEvents, Assert.Single(host.Probe.Calls).Context.Transport);
        Snapshot.Match(body);
    }

    [Fact]
    public async Task Query_IsOneNextEvent_ThenComplete()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        List<ServerSentEvent> events = await ReadAllEventsAsync(client, GraphQLHttp.Post(GraphQLHttp.HelloBody, accept: EventStream));

        Assert.Equal(
            [new ServerSentEvent("next", """{"data":{"hello":"world"}}"""), new ServerSentEvent("complete", string.Empty)],
            events);
    }

    [Fact]
    public async Task Get_IsServed_AsAQueryOnlyRequest()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        List<ServerSentEvent> events = await ReadAllEventsAsync(
            client,
            GraphQLHttp.Get("query=" + Uri.EscapeDataString("subscription { count(to: 2) }"), EventStream));

        Assert.Equal(["next", "next", "complete"], events.Select(e => e.Event));
        GraphQLRequestContext context = Assert.Single(host.Probe.Calls).Context;
        Assert.Equal(GraphQLTransportKind.HttpGet, context.Transport);
        Assert.True(context.QueryOnly);
    }

    [Fact]
    public async Task GetMutation_Is405WithAllow_AsJson()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.GetGraphQLAsync("query=" + Uri.EscapeDataString("mutation { like }"), EventStream);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("POST", response.Allow);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.MediaType);
    }

    [Theory]
    [InlineData("""{"query":"{ SYNTAX_ERROR"}""", "Syntax Error")]
    [InlineData("""{"query":"{ nope }"}""", "Cannot query this field.")]
    public async Task RequestError_IsAnOrdinary400JsonResponse_NotAStream(string body, string message)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync(body, accept: EventStream);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.MediaType);
        Assert.False(response.Json.TryGetProperty("data", out _));
        Assert.Contains(message, response.ErrorMessage, StringComparison.Ordinal);
        await client.AssertServesHelloAsync();
    }

    [Fact]
    public async Task Unauthenticated_Is401AsJson()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync("""{"query":"{ unauthenticated }"}""", accept: EventStream);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("Sign in first.", response.ErrorMessage);
    }

    [Theory]
    [InlineData("{", HttpStatusCode.BadRequest, GraphQLTransportErrorCodes.InvalidJson)]
    [InlineData("""{"query":1}""", HttpStatusCode.BadRequest, GraphQLTransportErrorCodes.BadRequest)]
    [InlineData("""{"query":"{ boom }"}""", HttpStatusCode.InternalServerError, GraphQLTransportErrorCodes.InternalServerError)]
    public async Task FailureBeforeTheStream_IsAnOrdinaryHttpError(string body, HttpStatusCode status, string code)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync(body, accept: EventStream);

        Assert.Equal(status, response.Status);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.MediaType);
        Assert.Equal(code, response.ErrorCode);
        await client.AssertServesHelloAsync();
    }

    [Fact]
    public async Task StreamFailingMidway_SendsAnErrorEvent_ThenComplete()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        List<ServerSentEvent> events = await ReadAllEventsAsync(
            client,
            GraphQLHttp.Post("""{"query":"subscription { failing }"}""", accept: EventStream));

        Assert.Equal(
            [
                new ServerSentEvent("next", """{"data":{"failing":1}}"""),
                new ServerSentEvent("next", """{"errors":[{"message":"An unexpected error occurred.","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}"""),
                new ServerSentEvent("complete", string.Empty),
            ],
            events);
    }

    [Fact]
    public async Task ResultWithLineBreaks_IsSplitIntoDataLines()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();

        using HttpResponseMessage response = await client.SendAsync(
            GraphQLHttp.Post("""{"query":"{ multiline }"}""", accept: EventStream));
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(
            "event: next\ndata: {\ndata:   \"data\": {\ndata:     \"multiline\": true\ndata:   }\ndata: }\n\nevent: complete\ndata:\n\n",
            body);
    }

    [Fact]
    public async Task ClientDisconnect_EndsTheStream()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();
        using HttpClient client = host.CreateClient();
        using HttpRequestMessage request = GraphQLHttp.Post("""{"query":"subscription { forever }"}""", accept: EventStream);
        using (HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead))
        {
            using ServerSentEventReader reader = new(await response.Content.ReadAsStreamAsync());
            Assert.Equal(new ServerSentEvent("next", """{"data":{"forever":1}}"""), await reader.ReadEventAsync());
        }

        Assert.True(await host.Probe.StreamsEnded.WaitAsync(Generous));
        await WaitUntilAsync(() => host.Tracker.InFlight == 0);
        await client.AssertServesHelloAsync();
    }

    [Fact]
    public async Task IdleStream_SendsKeepAliveComments()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(options => options.KeepAliveInterval = TimeSpan.FromMilliseconds(20));
        using HttpClient client = host.CreateClient();
        using HttpRequestMessage request = GraphQLHttp.Post("""{"query":"subscription { forever }"}""", accept: EventStream);
        using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using ServerSentEventReader reader = new(await response.Content.ReadAsStreamAsync());

        // Whatever the interleaving, the event arrives once and comments keep coming while idle.
        List<ServerSentEvent> received = [];
        while (received.Count(e => e.Event == ":") < 3)
        {
            received.Add(await reader.ReadAsync() ?? throw new InvalidOperationException("The stream ended."));
        }

        Assert.Equal([new ServerSentEvent("next", """{"data":{"forever":1}}""")], received.Where(e => e.Event != ":"));
    }

    [Fact]
    public async Task KeepAliveComments_GoOnlyToStreamsIdleForTheInterval()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(options => options.KeepAliveInterval = TimeSpan.FromSeconds(1));
        using HttpClient client = host.CreateClient();
        using HttpResponseMessage idle = await client.SendAsync(
            GraphQLHttp.Post("""{"query":"subscription { forever }"}""", accept: EventStream), HttpCompletionOption.ResponseHeadersRead);
        using ServerSentEventReader idleReader = new(await idle.Content.ReadAsStreamAsync());

        // Two seconds of events 50 ms apart: never a second without a write, so never a comment.
        using HttpResponseMessage busy = await client.SendAsync(
            GraphQLHttp.Post("""{"query":"subscription { ticks }"}""", accept: EventStream), HttpCompletionOption.ResponseHeadersRead);
        using ServerSentEventReader busyReader = new(await busy.Content.ReadAsStreamAsync());
        List<ServerSentEvent> busyEvents = [];
        while (await busyReader.ReadAsync() is { } next)
        {
            busyEvents.Add(next);
        }

        Assert.Equal(41, busyEvents.Count);
        Assert.Equal("complete", busyEvents[^1].Event);
        Assert.DoesNotContain(busyEvents, e => e.Event == ":");

        // Meanwhile the idle stream got its event and then comments (from the same timer).
        Assert.Equal(new ServerSentEvent("next", """{"data":{"forever":1}}"""), await idleReader.ReadAsync());
        Assert.Equal(":", (await idleReader.ReadAsync())?.Event);
        Assert.Equal(":", (await idleReader.ReadAsync())?.Event);
    }

    private static async Task<List<ServerSentEvent>> ReadAllEventsAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using ServerSentEventReader reader = new(await response.Content.ReadAsStreamAsync());
            List<ServerSentEvent> events = [];
            while (await reader.ReadEventAsync() is { } next)
            {
                events.Add(next);
            }

            return events;
        }
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
