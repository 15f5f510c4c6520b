using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Tests.Subscriptions.Subgraphs;
using GameLibrary.Federation.Tests.Subscriptions.Support;

namespace GameLibrary.Federation.Tests.Subscriptions;

/// <summary>
/// Identical client subscriptions share one upstream subscription, counted at a real GraphQL.NET subgraph on
/// loopback; slow subscribers are coalesced or ended without holding the others back.
/// </summary>
public sealed class SubscriptionFanoutTests : IAsyncLifetime
{
    private const string ReviewAdded = "subscription { reviewAdded { body stars product { name } } }";

    private const string TraceA = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    private const string TraceB = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private SubscriptionTestbed _testbed = null!;

    public async Task InitializeAsync() => _testbed = await SubscriptionTestbed.StartAsync();

    public async Task DisposeAsync() => await _testbed.DisposeAsync();

    [Fact]
    public async Task AThousandIdenticalSubscribersShareOneUpstreamSubscriptionAndGetEveryEventInOrder()
    {
        var gateway = _testbed.Gateway();
        var subscribers = new List<IAsyncEnumerator<GatewayResult>>();
        var firsts = new List<Task<bool>>();
        for (var i = 0; i < 1000; i++)
        {
            var events = await OpenAsync(gateway, new GatewayRequest(ReviewAdded));
            subscribers.Add(events);
            firsts.Add(events.MoveNextAsync().AsTask());
        }

        await _testbed.Feed.Subscribed.WaitAsync(Timeout);
        await Eventually(() => gateway.ClientSubscriptions == 1000);
        for (var i = 1; i <= 5; i++)
        {
            Publish($"r{i}", $"Review {i}", i, "p1");
        }

        var received = await Task.WhenAll(subscribers.Select((events, i) => ReadAsync(events, firsts[i], 5)));

        var expected = Enumerable.Range(1, 5)
            .Select(i => """{"data":{"reviewAdded":{"body":"Review N","stars":N,"product":{"name":"Chair"}}}}""".Replace("N", $"{i}", StringComparison.Ordinal))
            .ToList();
        Assert.All(received, events => Assert.Equal(expected, events));
        Assert.Equal(1, _testbed.Feed.SubscriberCount);
        Assert.Single(_testbed.Reviews.WebSockets.UpgradeHeaders);
        Assert.Single(_testbed.Reviews.WebSockets.Messages, m => m.Contains("\"subscribe\"", StringComparison.Ordinal));
        Assert.Equal(1, gateway.UpstreamSubscriptions);

        foreach (var events in subscribers)
        {
            await events.DisposeAsync();
        }

        await Eventually(() => _testbed.Feed.SubscriberCount == 0);
        Assert.Equal(0, gateway.ClientSubscriptions);
        Assert.Equal(0, gateway.UpstreamSubscriptions);
    }

    [Fact]
    public async Task EverySubscriberOfAnEventGetsTheSameResultRenderedOnce()
    {
        var gateway = _testbed.Gateway();
        var a = await OpenAsync(gateway, new GatewayRequest(ReviewAdded));
        var b = await OpenAsync(gateway, new GatewayRequest(ReviewAdded));
        var first = (a.MoveNextAsync().AsTask(), b.MoveNextAsync().AsTask());
        await _testbed.Feed.Subscribed.WaitAsync(Timeout);
        await Eventually(() => gateway.ClientSubscriptions == 2);

        Publish("r1", "Sturdy", 5, "p1");

        Assert.True(await first.Item1.WaitAsync(Timeout));
        Assert.True(await first.Item2.WaitAsync(Timeout));
        Assert.Same(a.Current, b.Current);
        var rendered = Assert.NotNull(a.Current.RenderedJson);
        Assert.Equal(a.Current.ToJsonString(), System.Text.Encoding.UTF8.GetString(rendered.Span));
        Assert.Equal("""{"data":{"reviewAdded":{"body":"Sturdy","stars":5,"product":{"name":"Chair"}}}}""", a.Current.ToJsonString());

        // A host's own form of the event is made once, however many subscribers ask for it.
        var made = 0;
        var forms = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => a.Current.Shared(result =>
        {
            Interlocked.Increment(ref made);
            return new object();
        }))));
        Assert.All(forms, form => Assert.Same(forms[0], form));
        Assert.Same(forms[0], b.Current.Shared(_ => new object()));
        Assert.InRange(made, 1, 8);

        await a.DisposeAsync();
        await b.DisposeAsync();
    }

    [Fact]
    public async Task SubscribersWithDifferentVariablesOrTokensDoNotShare()
    {
        var gateway = _testbed.Gateway();
        var opened = new[]
        {
            await StartAsync(gateway, minStars: 0, token: "Bearer a"),
            await StartAsync(gateway, minStars: 0, token: "Bearer a"),
            await StartAsync(gateway, minStars: 4, token: "Bearer a"),
            await StartAsync(gateway, minStars: 0, token: "Bearer b"),
        };

        await Eventually(() => _testbed.Feed.SubscriberCount == 3);
        Assert.Equal(3, gateway.UpstreamSubscriptions);
        Assert.Equal(4, gateway.ClientSubscriptions);

        // Upstream subscriptions with the same headers are multiplexed on one connection: two sockets, three subscribes.
        Assert.Equal(["Bearer a", "Bearer b"], _testbed.Reviews.WebSockets.UpgradeHeaders.Select(h => h.Authorization.ToString()).Order());
        Assert.Equal(3, _testbed.Reviews.WebSockets.Messages.Count(m => m.Contains("\"subscribe\"", StringComparison.Ordinal)));

        Publish("r1", "Meh", 2, "p1");
        Publish("r2", "Great", 5, "p1");

        // The min-4 subscriber's first event is the five-star one: it has its own upstream with its own variables.
        Assert.Equal("Meh", await BodyAsync(opened[0]));
        Assert.Equal("Meh", await BodyAsync(opened[1]));
        Assert.Equal("Great", await BodyAsync(opened[2]));
        Assert.Equal("Meh", await BodyAsync(opened[3]));

        foreach (var (events, _) in opened)
        {
            await events.DisposeAsync();
        }
    }

    [Fact]
    public async Task SubscribersFromDifferentTracesShareOneUpstreamSubscriptionOpenedWithTheFirstOnesTraceContext()
    {
        var gateway = _testbed.Gateway();
        var first = await OpenAsync(gateway, Traced(TraceA, "vendor=a"));
        var firstEvent = first.MoveNextAsync().AsTask();
        await _testbed.Feed.Subscribed.WaitAsync(Timeout);
        var second = await OpenAsync(gateway, Traced(TraceB, "vendor=b"));
        var secondEvent = second.MoveNextAsync().AsTask();
        await Eventually(() => gateway.ClientSubscriptions == 2);

        Publish("r1", "Sturdy", 5, "p1");

        Assert.True(await firstEvent.WaitAsync(Timeout));
        Assert.True(await secondEvent.WaitAsync(Timeout));
        Assert.Same(first.Current, second.Current);
        Assert.Equal(1, _testbed.Feed.SubscriberCount);
        Assert.Equal(1, gateway.UpstreamSubscriptions);
        Assert.Single(_testbed.Reviews.WebSockets.Messages, m => m.Contains("\"subscribe\"", StringComparison.Ordinal));

        // One connection, and the trace context never in a message (connection_init carries the propagated headers only).
        // Which traceparent its upgrade request carried is not asserted here: the in-process subgraphs' OpenTelemetry
        // instruments every HTTP client of the process and puts its own span there (GameLibrary.Gateway.Tests checks it).
        Assert.Single(_testbed.Reviews.WebSockets.UpgradeHeaders);
        Assert.DoesNotContain(_testbed.Reviews.WebSockets.Messages, m => m.Contains("trace", StringComparison.OrdinalIgnoreCase));

        await first.DisposeAsync();
        await second.DisposeAsync();
        await Eventually(() => _testbed.Feed.SubscriberCount == 0 && gateway.UpstreamSubscriptions == 0);
    }

    [Fact]
    public async Task WithFanOutOffSubscribersFromDifferentTracesStillShareOneConnection()
    {
        var gateway = _testbed.Gateway(configure: o => o.Subscriptions.Enabled = false);
        await using var a = await OpenAsync(gateway, Traced(TraceA, tracestate: null));
        var first = a.MoveNextAsync().AsTask();
        await _testbed.Feed.Subscribed.WaitAsync(Timeout);
        await using var b = await OpenAsync(gateway, Traced(TraceB, tracestate: null));
        var second = b.MoveNextAsync().AsTask();

        await Eventually(() => _testbed.Feed.SubscriberCount == 2);
        Publish("r1", "Sturdy", 5, "p1");

        Assert.True(await first.WaitAsync(Timeout));
        Assert.True(await second.WaitAsync(Timeout));
        Assert.Single(_testbed.Reviews.WebSockets.UpgradeHeaders);
        Assert.Equal(2, _testbed.Reviews.WebSockets.Messages.Count(m => m.Contains("\"subscribe\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task DistinctUpstreamSubscriptionsAreMultiplexedOverASmallPoolOfConnections()
    {
        var gateway = _testbed.Gateway(configure: o => o.SubscriptionsPerConnection = 2);
        var opened = new List<(IAsyncEnumerator<GatewayResult> Events, Task<bool> First)>();
        foreach (var minStars in new[] { 1, 2, 3 })
        {
            opened.Add(await StartAsync(gateway, minStars, "Bearer a"));
        }

        await Eventually(() => _testbed.Feed.SubscriberCount == 3);
        var recorded = _testbed.Reviews.WebSockets;
        Assert.Equal(2, recorded.UpgradeHeaders.Count);
        var ids = recorded.Messages.Select(m => JsonNode.Parse(m)!).Where(m => m["type"]!.GetValue<string>() == "subscribe")
            .Select(m => m["id"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["1", "1", "2"], ids);

        Publish("r0", "Warm", 5, "p1");
        Assert.All(await Task.WhenAll(opened.Select(BodyAsync)), body => Assert.Equal("Warm", body));

        // Ending one completes only its id (its connection closes only if it was alone there); the others keep receiving.
        await opened[1].Events.DisposeAsync();
        await Eventually(() => _testbed.Feed.SubscriberCount == 2);
        Assert.InRange(recorded.ClientCloses.Count, 0, 1);
        Publish("r1", "Great", 5, "p1");
        foreach (var events in new[] { opened[0].Events, opened[2].Events })
        {
            Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Timeout));
            Assert.Equal("Great", Body(events.Current.ToJsonString()));
        }

        await opened[0].Events.DisposeAsync();
        await opened[2].Events.DisposeAsync();
        await Eventually(() => _testbed.Feed.SubscriberCount == 0 && recorded.ClientCloses.Count == 2);
    }

    [Fact]
    public async Task TheLastSubscriberLeavingCompletesTheUpstreamSubscriptionOnTheSubgraph()
    {
        var gateway = _testbed.Gateway();
        var opened = new List<(IAsyncEnumerator<GatewayResult> Events, Task<bool> First)>();
        for (var i = 0; i < 3; i++)
        {
            var events = await OpenAsync(gateway, new GatewayRequest(ReviewAdded));
            opened.Add((events, events.MoveNextAsync().AsTask()));
        }

        await _testbed.Feed.Subscribed.WaitAsync(Timeout);
        await Eventually(() => gateway.ClientSubscriptions == 3);
        Publish("r1", "Sturdy", 5, "p1");
        foreach (var (_, first) in opened)
        {
            Assert.True(await first.WaitAsync(Timeout));
        }

        await opened[0].Events.DisposeAsync();
        await opened[1].Events.DisposeAsync();

        // Two left, one still reading: the upstream stays, and still delivers.
        Publish("r2", "Wobbly", 2, "p2");
        Assert.True(await opened[2].Events.MoveNextAsync().AsTask().WaitAsync(Timeout));
        Assert.Contains("Wobbly", opened[2].Events.Current.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, _testbed.Feed.SubscriberCount);
        Assert.DoesNotContain(_testbed.Reviews.WebSockets.Messages, m => m.Contains("\"complete\"", StringComparison.Ordinal));

        await opened[2].Events.DisposeAsync();

        await _testbed.Reviews.WebSockets.WaitForMessageAsync(m => m == """{"id":"1","type":"complete"}""");
        await _testbed.Feed.Unsubscribed.WaitAsync(Timeout);
        await Eventually(() => _testbed.Feed.SubscriberCount == 0 && gateway.UpstreamSubscriptions == 0);
    }

    [Fact]
    public async Task KillingTheSubgraphEndsEverySubscriberWithAnErrorAndTheGatewayKeepsServing()
    {
        var gateway = _testbed.Gateway();
        var opened = new List<(IAsyncEnumerator<GatewayResult> Events, Task<bool> First)>();
        for (var i = 0; i < 50; i++)
        {
            var events = await OpenAsync(gateway, new GatewayRequest(ReviewAdded));
            opened.Add((events, events.MoveNextAsync().AsTask()));
        }

        await _testbed.Feed.Subscribed.WaitAsync(Timeout);
        await Eventually(() => gateway.ClientSubscriptions == 50);

        _testbed.Reviews.WebSockets.AbortAll();

        foreach (var (events, first) in opened)
        {
            Assert.True(await first.WaitAsync(Timeout));
            var error = JsonNode.Parse(events.Current.ToJsonString())!["errors"]![0]!;
            Assert.Equal(ErrorCodes.SubrequestHttpError, error["extensions"]!["code"]!.GetValue<string>());
            Assert.Equal("""["reviewAdded"]""", error["path"]!.ToJsonString());
            Assert.False(await events.MoveNextAsync().AsTask().WaitAsync(Timeout));
            await events.DisposeAsync();
        }

        Assert.Equal(0, gateway.UpstreamSubscriptions);

        // Still serving: a query answers, and a new subscription opens a new upstream one and gets events.
        var query = await gateway.ExecuteAsync(new GatewayRequest("""{ product(id: "p2") { name } }"""));
        Assert.Equal("""{"data":{"product":{"name":"Table"}}}""", query.ToJsonString());
        await using var again = await OpenAsync(gateway, new GatewayRequest(ReviewAdded));
        var next = again.MoveNextAsync().AsTask();
        await Eventually(() => _testbed.Feed.SubscriberCount == 1);
        Publish("r9", "Back", 4, "p2");
        Assert.True(await next.WaitAsync(Timeout));
        Assert.Equal("""{"data":{"reviewAdded":{"body":"Back","stars":4,"product":{"name":"Table"}}}}""", again.Current.ToJsonString());
    }

    [Fact]
    public async Task AStalledSubscriberOfAStreamOfChangesIsEndedWithOverflowWithoutDelayingTheOthers()
    {
        var gateway = _testbed.Gateway(configure: o => o.Subscriptions.QueueCapacity = 4);
        var pair = await OpenPairAsync(gateway);

        var bodies = await PublishAndReadAsync(pair, 20);

        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"e{i}"), bodies);

        // The stalled one gets what fitted in its queue, in order and without gaps, then the overflow error, then the end.
        var drained = await DrainAsync(pair.Stalled, pair.StalledFirst);
        var overflow = JsonNode.Parse(drained[^1])!["errors"]![0]!;
        Assert.Equal(ErrorCodes.SubscriptionOverflow, overflow["extensions"]!["code"]!.GetValue<string>());
        var delivered = drained[..^1].Select(Body).ToList();
        Assert.InRange(delivered.Count, 1, 5);
        Assert.Equal(Enumerable.Range(1, delivered.Count).Select(i => $"e{i}"), delivered);
        Assert.Equal(1, gateway.ClientSubscriptions);
        await pair.Stalled.DisposeAsync();
        await pair.Live.DisposeAsync();
    }

    [Fact]
    public async Task AStalledSubscriberOfASnapshotStreamKeepsTheNewestEventsWithoutDelayingTheOthers()
    {
        var gateway = _testbed.Gateway(configure: o =>
        {
            o.Subscriptions.QueueCapacity = 4;
            o.Subscriptions.CoalescedFields.Add("reviewAdded");
        });
        var pair = await OpenPairAsync(gateway);

        var bodies = await PublishAndReadAsync(pair, 20);

        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"e{i}"), bodies);

        // The stalled one is still subscribed: older events were coalesced away, the newest are there, in order, no error.
        Assert.True(await pair.StalledFirst.WaitAsync(Timeout));
        var numbers = new List<int> { Number(pair.Stalled.Current.ToJsonString()) };
        while (numbers[^1] < 20)
        {
            Assert.True(await pair.Stalled.MoveNextAsync().AsTask().WaitAsync(Timeout));
            numbers.Add(Number(pair.Stalled.Current.ToJsonString()));
        }

        Assert.InRange(numbers.Count, 2, 6);
        Assert.Equal(numbers.Order(), numbers);
        Assert.Equal([17, 18, 19, 20], numbers[^4..]);
        Assert.Equal(2, gateway.ClientSubscriptions);
        await pair.Stalled.DisposeAsync();
        await pair.Live.DisposeAsync();
    }

    [Fact]
    public async Task WithFanOutOffEverySubscriberHasItsOwnUpstreamSubscription()
    {
        var gateway = _testbed.Gateway(configure: o => o.Subscriptions.Enabled = false);
        await using var a = await OpenAsync(gateway, new GatewayRequest(ReviewAdded));
        await using var b = await OpenAsync(gateway, new GatewayRequest(ReviewAdded));
        var first = (a.MoveNextAsync().AsTask(), b.MoveNextAsync().AsTask());

        await Eventually(() => _testbed.Feed.SubscriberCount == 2);
        Publish("r1", "Sturdy", 5, "p1");

        Assert.True(await first.Item1.WaitAsync(Timeout));
        Assert.True(await first.Item2.WaitAsync(Timeout));
        Assert.Equal(a.Current.ToJsonString(), b.Current.ToJsonString());
    }

    private static async Task<IAsyncEnumerator<GatewayResult>> OpenAsync(FederationGateway gateway, GatewayRequest request)
    {
        var subscription = await gateway.SubscribeAsync(request);
        Assert.True(subscription.IsStream);
        return subscription.Events.GetAsyncEnumerator();
    }

    private static GatewayRequest Traced(string traceparent, string? tracestate) =>
        new(ReviewAdded) { TraceContext = TraceContext.From(traceparent, tracestate) };

    private static async Task<(IAsyncEnumerator<GatewayResult> Events, Task<bool> First)> StartAsync(FederationGateway gateway, int minStars, string token)
    {
        var request = new GatewayRequest(
            "subscription Reviews($min: Int!) { reviewAdded(minStars: $min) { body } }",
            Variables: JsonDocument.Parse($$"""{"min":{{minStars}}}""").RootElement)
        {
            Headers = new Dictionary<string, string> { ["Authorization"] = token },
        };
        var events = await OpenAsync(gateway, request);
        return (events, events.MoveNextAsync().AsTask());
    }

    private static async Task<string> BodyAsync((IAsyncEnumerator<GatewayResult> Events, Task<bool> First) opened)
    {
        Assert.True(await opened.First.WaitAsync(Timeout));
        return Body(opened.Events.Current.ToJsonString());
    }

    private static string Body(string response) => JsonNode.Parse(response)!["data"]!["reviewAdded"]!["body"]!.GetValue<string>();

    private static async Task<List<string>> ReadAsync(IAsyncEnumerator<GatewayResult> events, Task<bool> first, int count)
    {
        var received = new List<string>();
        Assert.True(await first.WaitAsync(Timeout));
        received.Add(events.Current.ToJsonString());
        while (received.Count < count)
        {
            Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Timeout));
            received.Add(events.Current.ToJsonString());
        }

        return received;
    }

    private static async Task<List<string>> DrainAsync(IAsyncEnumerator<GatewayResult> events, Task<bool> first)
    {
        var received = new List<string>();
        var more = await first.WaitAsync(Timeout);
        while (more)
        {
            received.Add(events.Current.ToJsonString());
            more = await events.MoveNextAsync().AsTask().WaitAsync(Timeout);
        }

        return received;
    }

    private static int Number(string response) => int.Parse(Body(response)[1..], System.Globalization.CultureInfo.InvariantCulture);

    private static async Task Eventually(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    /// <summary>Two subscribers of <c>reviewAdded { body }</c>: one that never reads after its first ask, one that reads.</summary>
    private async Task<Pair> OpenPairAsync(FederationGateway gateway)
    {
        var request = new GatewayRequest("subscription { reviewAdded { body } }");
        var stalled = await OpenAsync(gateway, request);
        var live = await OpenAsync(gateway, request);

        // Enumeration starts a subscription: the stalled one asks once, before any event exists, and then not again.
        var pair = new Pair(stalled, stalled.MoveNextAsync().AsTask(), live, live.MoveNextAsync().AsTask());
        await _testbed.Feed.Subscribed.WaitAsync(Timeout);
        await Eventually(() => gateway.ClientSubscriptions == 2);
        return pair;
    }

    /// <summary>Publishes one event at a time, each after the live subscriber read the one before: only the stalled one falls behind.</summary>
    private async Task<List<string>> PublishAndReadAsync(Pair pair, int count)
    {
        var bodies = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            Publish($"r{i}", $"e{i}", 3, "p1");
            var next = i == 1 ? pair.LiveFirst : pair.Live.MoveNextAsync().AsTask();
            Assert.True(await next.WaitAsync(Timeout));
            bodies.Add(Body(pair.Live.Current.ToJsonString()));
        }

        return bodies;
    }

    private void Publish(string id, string body, int stars, string productId) =>
        _testbed.Feed.Publish(new Review { Id = id, Body = body, Stars = stars, ProductId = productId });

    private sealed record Pair(IAsyncEnumerator<GatewayResult> Stalled, Task<bool> StalledFirst, IAsyncEnumerator<GatewayResult> Live, Task<bool> LiveFirst);
}
