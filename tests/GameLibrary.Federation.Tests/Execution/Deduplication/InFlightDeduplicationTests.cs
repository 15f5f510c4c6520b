using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Tests.Supergraph.Samples;

namespace GameLibrary.Federation.Tests.Execution.Deduplication;

/// <summary>
/// In-flight deduplication through the gateway against a real HTTP subgraph on loopback that holds requests at a
/// gate: identical queries in flight at once reach the subgraph once; anything that differs, mutations, and the
/// option turned off reach it every time; cancellation, errors and timeouts behave per waiter as specified.
/// </summary>
public sealed class InFlightDeduplicationTests : IAsyncLifetime
{
    private const string UserQuery = "query User($id: ID!) { user(id: $id) { name } }";

    private readonly Progress _progress = new();
    private GatedSubgraph _accounts = null!;
    private DeduplicationMetrics _metrics = null!;

    public async Task InitializeAsync()
    {
        _accounts = await GatedSubgraph.StartAsync(_progress);
        _metrics = new DeduplicationMetrics(_progress);
    }

    public async Task DisposeAsync()
    {
        await _accounts.DisposeAsync();
        _metrics.Dispose();
    }

    [Fact]
    public async Task IdenticalQueriesInFlightAreSentOnceAndEveryWaiterGetsTheData()
    {
        using var gateway = Gateway();
        var first = Run(gateway, User("1"));
        await _progress.UntilAsync(() => _accounts.Requests.Count == 1, "the first request reached the subgraph");
        var others = Enumerable.Range(0, 4).Select(_ => Run(gateway, User("1"))).ToList();
        await _progress.UntilAsync(() => _metrics.Deduplicated == 4, "four requests joined the one in flight");

        _accounts.Open();
        var results = await Task.WhenAll([first, .. others]);

        Assert.Single(_accounts.Requests);
        Assert.All(results, r => Assert.Equal("""{"data":{"user":{"name":"user 1 Bearer a"}}}""", r));
        Assert.Equal(4, _metrics.Deduplicated);
    }

    [Fact]
    public async Task QueriesThatDifferInVariablesOrHeadersAreNotShared()
    {
        using var gateway = Gateway();
        var tasks = new[]
        {
            Run(gateway, User("1")),
            Run(gateway, User("2")),
            Run(gateway, User("1", authorization: "Bearer b")),
        };
        await _progress.UntilAsync(() => _accounts.Requests.Count == 3, "three requests reached the subgraph");

        _accounts.Open();
        var results = await Task.WhenAll(tasks);

        Assert.Equal(
            [
                """{"data":{"user":{"name":"user 1 Bearer a"}}}""",
                """{"data":{"user":{"name":"user 2 Bearer a"}}}""",
                """{"data":{"user":{"name":"user 1 Bearer b"}}}""",
            ],
            results);
        Assert.Equal(0, _metrics.Deduplicated);
    }

    [Fact]
    public async Task QueriesFromDifferentTracesAreStillShared()
    {
        using var gateway = Gateway();
        var first = Run(gateway, User("1") with { TraceContext = TraceContext.From("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", null) });
        await _progress.UntilAsync(() => _accounts.Requests.Count == 1, "the first request reached the subgraph");
        var second = Run(gateway, User("1") with { TraceContext = TraceContext.From("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "v=1") });
        await _progress.UntilAsync(() => _metrics.Deduplicated == 1, "the second request joined the one in flight");

        _accounts.Open();

        Assert.Equal(await first, await second);
        Assert.Single(_accounts.Requests);
    }

    [Fact]
    public async Task MutationsAreNeverDeduplicated()
    {
        using var gateway = Gateway();
        var tasks = Enumerable.Range(0, 3).Select(_ => Run(gateway, new GatewayRequest("""mutation { login(username: "ada") { name } }""") { Headers = Auth("Bearer a") })).ToList();
        await _progress.UntilAsync(() => _accounts.Requests.Count == 3, "each mutation reached the subgraph");

        _accounts.Open();
        var results = await Task.WhenAll(tasks);

        Assert.All(results, r => Assert.Equal("""{"data":{"login":{"name":"logged in Bearer a"}}}""", r));
        Assert.Equal(0, _metrics.Deduplicated);
    }

    [Fact]
    public async Task WhenTurnedOffForTheSubgraphEveryRequestIsSent()
    {
        using var gateway = Gateway(options => options.SubgraphDeduplication["accounts"] = false);
        var tasks = Enumerable.Range(0, 3).Select(_ => Run(gateway, User("1"))).ToList();
        await _progress.UntilAsync(() => _accounts.Requests.Count == 3, "each query reached the subgraph");

        _accounts.Open();
        var results = await Task.WhenAll(tasks);

        Assert.All(results, r => Assert.Equal("""{"data":{"user":{"name":"user 1 Bearer a"}}}""", r));
        Assert.Equal(0, _metrics.Deduplicated);
    }

    [Fact]
    public async Task WaitersThatCancelLeaveTheSharedRequestToTheOthers()
    {
        using var gateway = Gateway();
        using var leaderCancel = new CancellationTokenSource();
        using var secondCancel = new CancellationTokenSource();
        var leader = Run(gateway, User("1"), leaderCancel.Token);
        await _progress.UntilAsync(() => _accounts.Requests.Count == 1, "the first request reached the subgraph");
        var second = Run(gateway, User("1"), secondCancel.Token);
        var third = Run(gateway, User("1"));
        await _progress.UntilAsync(() => _metrics.Deduplicated == 2, "two requests joined the one in flight");

        await leaderCancel.CancelAsync();
        await secondCancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leader);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);

        _accounts.Open();
        Assert.Equal("""{"data":{"user":{"name":"user 1 Bearer a"}}}""", await third);
        Assert.Single(_accounts.Requests);
        Assert.Equal(0, _accounts.Aborted);
    }

    [Fact]
    public async Task WhenEveryWaiterHasGoneTheSharedRequestIsCancelledAndNotReused()
    {
        using var gateway = Gateway();
        using var cancel = new CancellationTokenSource();
        var first = Run(gateway, User("1"), cancel.Token);
        await _progress.UntilAsync(() => _accounts.Requests.Count == 1, "the first request reached the subgraph");
        var second = Run(gateway, User("1"), cancel.Token);
        await _progress.UntilAsync(() => _metrics.Deduplicated == 1, "the second request joined the first");

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        await _progress.UntilAsync(() => _accounts.Aborted == 1, "the subgraph saw the shared request aborted");

        // A later identical query starts a request of its own.
        _accounts.Open();
        Assert.Equal("""{"data":{"user":{"name":"user 1 Bearer a"}}}""", await Run(gateway, User("1")));
        Assert.Equal(2, _accounts.Requests.Count);
    }

    [Fact]
    public async Task ASubgraphErrorReachesEveryWaiter()
    {
        using var gateway = Gateway();
        _accounts.Fail = true;
        var tasks = await ThreeSharingAsync(gateway);

        _accounts.Open();
        var results = await Task.WhenAll(tasks);

        Assert.Single(_accounts.Requests);
        Assert.All(results, r => Assert.Equal((ErrorCodes.SubrequestHttpError, "HTTP fetch failed from 'accounts': 500: Internal Server Error"), FirstError(r)));
    }

    [Fact]
    public async Task ATimeoutReachesEveryWaiter()
    {
        // The gate stays shut: the shared request times out, once, for all three.
        using var gateway = Gateway(options => options.SubgraphTimeouts["accounts"] = TimeSpan.FromSeconds(2));
        var results = await Task.WhenAll(await ThreeSharingAsync(gateway));

        Assert.Single(_accounts.Requests);
        Assert.All(results, r => Assert.Equal((ErrorCodes.SubrequestTimeout, "Request to subgraph 'accounts' timed out after 2000 ms."), FirstError(r)));
    }

    private async Task<Task<string>[]> ThreeSharingAsync(FederationGateway gateway)
    {
        var first = Run(gateway, User("1"));
        await _progress.UntilAsync(() => _accounts.Requests.Count == 1, "the first request reached the subgraph");
        var others = new[] { Run(gateway, User("1")), Run(gateway, User("1")) };
        await _progress.UntilAsync(() => _metrics.Deduplicated == 2, "two requests joined the one in flight");
        return [first, .. others];
    }

    private FederationGateway Gateway(Action<FederationGatewayOptions>? configure = null)
    {
        var options = new FederationGatewayOptions { MeterFactory = _metrics };
        options.SubgraphUrls["accounts"] = _accounts.Url;
        configure?.Invoke(options);
        return FederationGateway.Load(SampleSupergraphs.Sdl("basic"), options);
    }

    private static GatewayRequest User(string id, string authorization = "Bearer a") =>
        new(UserQuery, Variables: JsonDocument.Parse($$"""{"id":"{{id}}"}""").RootElement) { Headers = Auth(authorization) };

    private static Dictionary<string, string> Auth(string value) => new() { ["Authorization"] = value };

    private static async Task<string> Run(FederationGateway gateway, GatewayRequest request, CancellationToken cancellationToken = default) =>
        (await gateway.ExecuteAsync(request, cancellationToken)).ToJsonString();

    private static (string? Code, string? Message) FirstError(string response)
    {
        var error = JsonNode.Parse(response)!["errors"]![0]!;
        return (error["extensions"]?["code"]?.GetValue<string>(), error["message"]?.GetValue<string>());
    }
}
