using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Tests.Subscriptions.Subgraphs;
using GameLibrary.Federation.Tests.Subscriptions.Support;

namespace GameLibrary.Federation.Tests.Subscriptions;

/// <summary>
/// Subscriptions through the gateway against GraphQL.NET subgraphs on loopback: the reviews subgraph streams
/// <c>reviewAdded</c> over graphql-transport-ws, the products subgraph completes each event's product.
/// </summary>
public sealed class GatewaySubscriptionTests : IAsyncLifetime
{
    private const string ReviewAdded = "subscription { reviewAdded { body stars product { name price } } }";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private SubscriptionTestbed _testbed = null!;

    public async Task InitializeAsync() => _testbed = await SubscriptionTestbed.StartAsync();

    public async Task DisposeAsync() => await _testbed.DisposeAsync();

    [Fact]
    public async Task EachEventIsCompletedWithTheFieldsOfAnotherSubgraphInOrder()
    {
        await using var events = await OpenAsync(_testbed.Gateway(), new GatewayRequest(ReviewAdded));
        var first = events.MoveNextAsync();
        await _testbed.Feed.Subscribed.WaitAsync(Timeout);
        Publish("r1", "Sturdy", 5, "p1");
        Publish("r2", "Wobbly", 2, "p2");
        Publish("r3", "Fine", 4, "p1");

        Assert.True(await first.AsTask().WaitAsync(Timeout));
        Assert.Equal("""{"data":{"reviewAdded":{"body":"Sturdy","stars":5,"product":{"name":"Chair","price":49.5}}}}""", events.Current.ToJsonString());
        Assert.Equal("""{"data":{"reviewAdded":{"body":"Wobbly","stars":2,"product":{"name":"Table","price":120}}}}""", await NextAsync(events));
        Assert.Equal("""{"data":{"reviewAdded":{"body":"Fine","stars":4,"product":{"name":"Chair","price":49.5}}}}""", await NextAsync(events));
        Assert.Equal(GatewayResultKind.Executed, events.Current.Kind);
    }

    [Fact]
    public async Task VariablesAndPropagatedHeadersReachTheSubgraph()
    {
        var request = new GatewayRequest(
            "subscription Reviews($min: Int!) { reviewAdded(minStars: $min) { body } }",
            Variables: JsonDocument.Parse("""{"min":4}""").RootElement)
        {
            Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer abc", ["X-Not-Propagated"] = "secret" },
        };
        await using var events = await OpenAsync(_testbed.Gateway(), request);
        var first = events.MoveNextAsync();
        await _testbed.Feed.Subscribed.WaitAsync(Timeout);
        Publish("r1", "Meh", 2, "p1");
        Publish("r2", "Great", 5, "p1");

        Assert.True(await first.AsTask().WaitAsync(Timeout));
        Assert.Equal("""{"data":{"reviewAdded":{"body":"Great"}}}""", events.Current.ToJsonString());

        var recorded = _testbed.Reviews.WebSockets;
        var upgrade = Assert.Single(recorded.UpgradeHeaders);
        Assert.Equal("Bearer abc", upgrade.Authorization.ToString());
        Assert.False(upgrade.ContainsKey("X-Not-Propagated"));
        Assert.Equal("""["graphql-transport-ws"]""", JsonSerializer.Serialize(upgrade.SecWebSocketProtocol.ToArray()));

        var messages = recorded.Messages.Select(m => JsonNode.Parse(m)!).ToList();
        Assert.Equal("""{"type":"connection_init","payload":{"Authorization":"Bearer abc"}}""", messages[0].ToJsonString());
        Assert.Equal("subscribe", messages[1]["type"]!.GetValue<string>());
        Assert.Equal("""{"min":4}""", messages[1]["payload"]!["variables"]!.ToJsonString());
        Assert.Equal("Reviews__reviews__0", messages[1]["payload"]!["operationName"]!.GetValue<string>());
        Assert.Contains("reviewAdded(minStars: $min)", messages[1]["payload"]!["query"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheEntitySubgraphIsDownEventsCarryErrorsAndNullsAndTheStreamGoesOn()
    {
        await using var events = await OpenAsync(
            _testbed.Gateway(products: _testbed.DeadPorts.Refusing),
            new GatewayRequest("subscription { reviewAdded { body product { name } } }"));
        var first = events.MoveNextAsync();
        await _testbed.Feed.Subscribed.WaitAsync(Timeout);
        Publish("r1", "Sturdy", 5, "p1");
        Publish("r2", "Wobbly", 2, "p2");

        Assert.True(await first.AsTask().WaitAsync(Timeout));
        foreach (var (json, body) in new[] { (events.Current.ToJsonString(), "Sturdy"), (await NextAsync(events), "Wobbly") })
        {
            var response = JsonNode.Parse(json)!;
            var error = Assert.Single(response["errors"]!.AsArray())!;
            Assert.Equal(ErrorCodes.SubrequestHttpError, error["extensions"]!["code"]!.GetValue<string>());
            Assert.Equal("""["reviewAdded","product","name"]""", error["path"]!.ToJsonString());
            Assert.Equal("""{"reviewAdded":{"body":"BODY","product":{"name":null}}}""".Replace("BODY", body, StringComparison.Ordinal), response["data"]!.ToJsonString());
        }
    }

    [Fact]
    public async Task WhenTheSubgraphEndsTheStreamTheGatewayStreamCompletes()
    {
        await using var events = await OpenAsync(_testbed.Gateway(), new GatewayRequest(ReviewAdded));
        var first = events.MoveNextAsync();
        await _testbed.Feed.Subscribed.WaitAsync(Timeout);
        Publish("r1", "Sturdy", 5, "p1");
        Assert.True(await first.AsTask().WaitAsync(Timeout));

        _testbed.Feed.Complete();

        Assert.False(await events.MoveNextAsync().AsTask().WaitAsync(Timeout));
    }

    [Fact]
    public async Task DisposingTheEnumeratorCompletesTheSubscriptionOnTheSubgraphAndClosesTheSocket()
    {
        var events = await OpenAsync(_testbed.Gateway(), new GatewayRequest(ReviewAdded));
        var first = events.MoveNextAsync();
        await _testbed.Feed.Subscribed.WaitAsync(Timeout);
        Publish("r1", "Sturdy", 5, "p1");
        Assert.True(await first.AsTask().WaitAsync(Timeout));

        await events.DisposeAsync();

        var recorded = _testbed.Reviews.WebSockets;
        await recorded.WaitForMessageAsync(m => m == """{"id":"1","type":"complete"}""");
        await recorded.WaitForCloseAsync();
        Assert.Equal([WebSocketCloseStatus.NormalClosure], recorded.ClientCloses);
        await _testbed.Feed.Unsubscribed.WaitAsync(Timeout);
    }

    [Fact]
    public async Task CancellingWhileWaitingForAnEventAlsoCompletesTheSubscriptionOnTheSubgraph()
    {
        using var cancel = new CancellationTokenSource();
        var subscription = await _testbed.Gateway().SubscribeAsync(new GatewayRequest(ReviewAdded), cancel.Token);
        var events = subscription.Events!.GetAsyncEnumerator();
        var waiting = events.MoveNextAsync();
        await _testbed.Feed.Subscribed.WaitAsync(Timeout);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.AsTask().WaitAsync(Timeout));
        await events.DisposeAsync();
        await _testbed.Reviews.WebSockets.WaitForMessageAsync(m => m == """{"id":"1","type":"complete"}""");
        await _testbed.Feed.Unsubscribed.WaitAsync(Timeout);
    }

    [Fact]
    public async Task WhenTheSubscriptionSubgraphIsDownTheStreamEndsWithAnError()
    {
        await using var events = await OpenAsync(_testbed.Gateway(reviews: _testbed.DeadPorts.Refusing), new GatewayRequest(ReviewAdded));

        var response = JsonNode.Parse(await NextAsync(events))!;

        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal(ErrorCodes.SubrequestHttpError, error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("reviews", error["extensions"]!["service"]!.GetValue<string>());
        Assert.Equal("""["reviewAdded"]""", error["path"]!.ToJsonString());
        Assert.StartsWith("Subscription to subgraph 'reviews' failed: ", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(response["data"]);
        Assert.False(await events.MoveNextAsync().AsTask().WaitAsync(Timeout));
    }

    [Fact]
    public async Task ASubscriptionSubgraphThatNeverAnswersEndsTheStreamWithATimeoutError()
    {
        var gateway = _testbed.Gateway(reviews: _testbed.DeadPorts.Silent, configure: o => o.SubgraphTimeout = TimeSpan.FromMilliseconds(300));
        await using var events = await OpenAsync(gateway, new GatewayRequest(ReviewAdded));

        var response = JsonNode.Parse(await NextAsync(events))!;

        Assert.Equal(ErrorCodes.SubrequestTimeout, response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.False(await events.MoveNextAsync().AsTask().WaitAsync(Timeout));
    }

    [Fact]
    public async Task AConnectionDroppedMidStreamEndsTheStreamWithAnError()
    {
        await using var events = await OpenAsync(_testbed.Gateway(), new GatewayRequest(ReviewAdded));
        var first = events.MoveNextAsync();
        await _testbed.Feed.Subscribed.WaitAsync(Timeout);
        Publish("r1", "Sturdy", 5, "p1");
        Assert.True(await first.AsTask().WaitAsync(Timeout));

        _testbed.Reviews.WebSockets.AbortAll();

        var response = JsonNode.Parse(await NextAsync(events))!;
        Assert.Equal(ErrorCodes.SubrequestHttpError, response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("""["reviewAdded"]""", response["errors"]![0]!["path"]!.ToJsonString());
        Assert.False(await events.MoveNextAsync().AsTask().WaitAsync(Timeout));
    }

    [Fact]
    public async Task ABadSubscriptionDocumentIsARequestErrorBeforeAnyStreaming()
    {
        var subscription = await _testbed.Gateway().SubscribeAsync(new GatewayRequest("subscription { reviewAdded { nope } }"));

        Assert.False(subscription.IsStream);
        Assert.Equal(GatewayResultKind.RequestError, subscription.Result.Kind);
        var response = JsonNode.Parse(subscription.Result.ToJsonString())!.AsObject();
        Assert.Equal(ErrorCodes.ValidationFailed, response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.False(response.ContainsKey("data"));
        Assert.Empty(_testbed.Reviews.WebSockets.UpgradeHeaders);
    }

    [Fact]
    public async Task AQueryThroughSubscribeAsyncGetsItsSingleResult()
    {
        var subscription = await _testbed.Gateway().SubscribeAsync(new GatewayRequest("""{ product(id: "p2") { name } }"""));

        Assert.False(subscription.IsStream);
        Assert.Equal(GatewayResultKind.Executed, subscription.Result.Kind);
        Assert.Equal("""{"data":{"product":{"name":"Table"}}}""", subscription.Result.ToJsonString());
    }

    [Fact]
    public async Task ExecuteAsyncStillAnswersASubscriptionWithARequestError()
    {
        var result = await _testbed.Gateway().ExecuteAsync(new GatewayRequest(ReviewAdded));

        Assert.Equal(GatewayResultKind.RequestError, result.Kind);
        Assert.Equal(ErrorCodes.OperationNotAllowed, JsonNode.Parse(result.ToJsonString())!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("reviews")]
    [InlineData("products")]
    public async Task TheCommittedSubgraphSdlIsWhatTheSubgraphServes(string subgraph)
    {
        using var http = new HttpClient();
        var url = subgraph == "reviews" ? _testbed.Reviews.Url : _testbed.Products.Url;

        using var response = await http.PostAsJsonAsync(url, new { query = "{ _service { sdl } }" });
        var served = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["_service"]!["sdl"]!.GetValue<string>();

        Assert.Equal(SubscriptionTestbed.File($"{subgraph}.graphql").TrimEnd(), served.TrimEnd());
    }

    private static async Task<IAsyncEnumerator<GatewayResult>> OpenAsync(FederationGateway gateway, GatewayRequest request)
    {
        var subscription = await gateway.SubscribeAsync(request);
        Assert.True(subscription.IsStream);
        return subscription.Events.GetAsyncEnumerator();
    }

    private static async Task<string> NextAsync(IAsyncEnumerator<GatewayResult> events)
    {
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Timeout));
        return events.Current.ToJsonString();
    }

    private void Publish(string id, string body, int stars, string productId) =>
        _testbed.Feed.Publish(new Review { Id = id, Body = body, Stars = stars, ProductId = productId });
}
