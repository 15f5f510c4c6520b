using System.Net;
using System.Net.WebSockets;

using Snapshooter.Xunit;

using GameLibrary.Transport.Tests.Support;

namespace GameLibrary.Transport.Tests;

/// <summary>
/// Stopping the host (SIGTERM) with work in flight. The deadline is 30 s here; every wait below is
/// far shorter, so passing proves the work finished within the deadline rather than being cut off.
/// </summary>
public sealed class GracefulShutdownTests
{
    private static readonly TimeSpan WellWithinTheDeadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task InFlightRequest_Completes_WhileNewRequestsGet503()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(options => options.ShutdownTimeout = TimeSpan.FromSeconds(30));
        using HttpClient client = host.CreateClient();
        Task<GraphQLHttpResponse> slow = client.PostAsync("""{"query":"{ slow }"}""");
        await host.Probe.SlowStarted.Task.WaitAsync(WellWithinTheDeadline);

        Task stopping = host.StopAsync();
        await WaitUntilAsync(() => host.Tracker.IsStopping);
        GraphQLHttpResponse refused = await client.PostAsync(GraphQLHttp.HelloBody);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.Equal(GraphQLTransportErrorCodes.ShuttingDown, refused.ErrorCode);
        Assert.False(stopping.IsCompleted, "The host stopped before the in-flight request finished.");

        host.Probe.SlowRelease.SetResult();
        GraphQLHttpResponse finished = await slow.WaitAsync(WellWithinTheDeadline);
        await stopping.WaitAsync(WellWithinTheDeadline);

        Assert.Equal(HttpStatusCode.OK, finished.Status);
        Assert.Equal("""{"data":{"slow":"done"}}""", finished.Body);
        Snapshot.Match(refused.PrettyBody);
    }

    [Fact]
    public async Task OpenWebSocketSubscription_GetsComplete_ThenGoingAway()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(options => options.ShutdownTimeout = TimeSpan.FromSeconds(30));
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync();
        await client.SubscribeAsync("live", "subscription { forever }");
        await client.ReceiveTextAsync();

        Task stopping = host.StopAsync();

        Assert.Equal("""{"id":"live","type":"complete"}""", await client.ReceiveTextAsync());
        Assert.Equal(((int)WebSocketCloseStatus.EndpointUnavailable, "Server shutting down"), await client.ReceiveCloseAsync());
        await stopping.WaitAsync(WellWithinTheDeadline);
        Assert.True(await host.Probe.StreamsEnded.WaitAsync(WellWithinTheDeadline));
    }

    [Fact]
    public async Task WebSocket_FinishesItsQuery_RefusesNewSubscriptions_ThenCloses()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(options => options.ShutdownTimeout = TimeSpan.FromSeconds(30));
        using GraphQLWebSocketTestClient client = await host.ConnectAsync();
        await client.InitAsync();
        await client.SubscribeAsync("q", "{ slow }");
        await host.Probe.SlowStarted.Task.WaitAsync(WellWithinTheDeadline);

        Task stopping = host.StopAsync();
        await WaitUntilAsync(() => host.Tracker.IsStopping);
        await client.SubscribeAsync("late", "subscription { forever }");

        Assert.Equal(
            """{"id":"late","type":"error","payload":[{"message":"The server is shutting down and accepts no new operations; retry shortly.","extensions":{"code":"SHUTTING_DOWN"}}]}""",
            await client.ReceiveTextAsync());
        host.Probe.SlowRelease.SetResult();
        Assert.Equal("""{"id":"q","type":"next","payload":{"data":{"slow":"done"}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"q","type":"complete"}""", await client.ReceiveTextAsync());
        Assert.Equal(((int)WebSocketCloseStatus.EndpointUnavailable, "Server shutting down"), await client.ReceiveCloseAsync());
        await stopping.WaitAsync(WellWithinTheDeadline);
    }

    [Fact]
    public async Task OpenSseStream_EndsWithComplete()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(options => options.ShutdownTimeout = TimeSpan.FromSeconds(30));
        using HttpClient client = host.CreateClient();
        using HttpRequestMessage request = GraphQLHttp.Post("""{"query":"subscription { forever }"}""", accept: "text/event-stream");
        using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using ServerSentEventReader reader = new(await response.Content.ReadAsStreamAsync());
        Assert.Equal("next", (await reader.ReadEventAsync())?.Event);

        Task stopping = host.StopAsync();

        Assert.Equal(new ServerSentEvent("complete", string.Empty), await reader.ReadEventAsync());
        Assert.Null(await reader.ReadEventAsync());
        await stopping.WaitAsync(WellWithinTheDeadline);
    }

    [Fact]
    public async Task WorkStillRunningAtTheDeadline_IsCancelled()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(options => options.ShutdownTimeout = TimeSpan.FromMilliseconds(200));
        using HttpClient client = host.CreateClient();
        Task<GraphQLHttpResponse> hanging = client.PostAsync("""{"query":"{ hang }"}""");
        await host.Probe.HangStarted.Task.WaitAsync(WellWithinTheDeadline);

        await host.StopAsync().WaitAsync(WellWithinTheDeadline);
        GraphQLHttpResponse response = await hanging.WaitAsync(WellWithinTheDeadline);

        Assert.True(host.Tracker.Aborted.IsCancellationRequested);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal(GraphQLTransportErrorCodes.ShuttingDown, response.ErrorCode);
    }

    [Fact]
    public async Task NewWebSocket_DuringShutdown_Gets503()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(options => options.ShutdownTimeout = TimeSpan.FromSeconds(30));
        using HttpClient client = host.CreateClient();
        Task<GraphQLHttpResponse> slow = client.PostAsync("""{"query":"{ slow }"}""");
        await host.Probe.SlowStarted.Task.WaitAsync(WellWithinTheDeadline);
        Task stopping = host.StopAsync();
        await WaitUntilAsync(() => host.Tracker.IsStopping);

        await Assert.ThrowsAnyAsync<Exception>(() => host.ConnectAsync());

        host.Probe.SlowRelease.SetResult();
        await slow.WaitAsync(WellWithinTheDeadline);
        await stopping.WaitAsync(WellWithinTheDeadline);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using CancellationTokenSource timeout = new(WellWithinTheDeadline);
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
