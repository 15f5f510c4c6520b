using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

using GameLibrary.Catalog.Host;
using GameLibrary.Catalog.Seeding;
using GameLibrary.Gateway.Hosting;
using GameLibrary.Redis;
using GameLibrary.Scoreboard.GraphQL;
using GameLibrary.Subgraph.Toolkit.Hosting;
using GameLibrary.Testing;
using GameLibrary.Users.GraphQL;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.EndToEnd.Tests.Platform;

/// <summary>
/// The platform on the embedded defaults — one Garnet, SQLite per subgraph — in-process on loopback ports: the real
/// catalog, users and scoreboard subgraphs behind the real gateway (which also serves /dashboard and the IDE).
/// </summary>
public sealed class EmbeddedPlatform : IAsyncDisposable
{
    private const string SigningKey = "end-to-end-tests-signing-key-0123456789abcdef";

    /// <summary>Generous: on a loaded 2-core CI box the hosts take long to start and to answer the first time.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly List<WebApplication> _apps = [];
    private readonly List<TempDirectory> _directories = [];
    private EmbeddedGarnetServer _garnet = null!;

    private EmbeddedPlatform()
    {
    }

    /// <summary>The gateway's base address (http://127.0.0.1:port/).</summary>
    public Uri GatewayUrl { get; private set; } = null!;

    /// <summary>A client of the gateway.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>Starts the subgraphs, then the gateway, and waits until the gateway is ready.</summary>
    /// <param name="liveUpdateInterval">The scoreboard's Scoreboard:LiveUpdateInterval (the shortest time between two board updates).</param>
    public static async Task<EmbeddedPlatform> StartAsync(TimeSpan liveUpdateInterval)
    {
        EmbeddedPlatform platform = new();
        try
        {
            await platform.StartAsync($"--Scoreboard:LiveUpdateInterval={liveUpdateInterval:c}");
            return platform;
        }
        catch
        {
            await platform.DisposeAsync();
            throw;
        }
    }

    /// <summary>Seeds the catalog with <paramref name="games"/> games (they reach the scoreboard through events).</summary>
    public Task SeedCatalogAsync(int games) => _apps[0].Services.GetRequiredService<CatalogSeeder>().SeedAsync(games, 1);

    /// <summary>Registers a player through the gateway; register signs in, so its answer carries the token.</summary>
    /// <returns>The player's token.</returns>
    public async Task<string> RegisterAsync(string username, string displayName, string password)
    {
        JsonNode? registered = await PostAsync(
            "mutation($u: String!, $e: String!, $p: String!, $d: String!) { register(username: $u, email: $e, password: $p, displayName: $d) { token } }",
            null,
            new JsonObject { ["u"] = username, ["e"] = $"{username}@example.com", ["p"] = password, ["d"] = displayName });
        return registered?["data"]?["register"]?["token"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"register failed: {registered?.ToJsonString()}");
    }

    /// <summary>Submits a score through the gateway and returns the answer's submitScore (null when refused with an error).</summary>
    public async Task<JsonNode?> TrySubmitScoreAsync(string token, string gameId, int score, string idempotencyKey)
    {
        JsonNode? answer = await PostAsync(
            "mutation($g: ID!, $s: Int!, $k: String!) { submitScore(input: {gameId: $g, score: $s, idempotencyKey: $k}) { status } }",
            token,
            new JsonObject { ["g"] = gameId, ["s"] = score, ["k"] = idempotencyKey });
        return answer?["data"]?["submitScore"];
    }

    /// <summary>Submits a score through the gateway and asserts it was accepted.</summary>
    public async Task SubmitScoreAsync(string token, string gameId, int score, string idempotencyKey)
    {
        JsonNode? submitted = await TrySubmitScoreAsync(token, gameId, score, idempotencyKey);
        Assert.Equal("ACCEPTED", submitted?["status"]?.GetValue<string>());
    }

    /// <summary>Waits until the scoreboard knows the game (the catalog's event reached it): a submission is answered.</summary>
    public Task WaitUntilScoredAsync(string token, string gameId, int score, string idempotencyKey) =>
        Eventually.HoldsAsync(async () => await TrySubmitScoreAsync(token, gameId, score, idempotencyKey) is not null, Patience);

    /// <summary>Posts a GraphQL request to the gateway, with the token as bearer when given.</summary>
    public async Task<JsonNode?> PostAsync(string query, string? token, JsonObject? variables = null)
    {
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new JsonObject { ["query"] = query, ["variables"] = variables }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using HttpResponseMessage response = await Gateway.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Gateway?.Dispose();
        foreach (WebApplication app in Enumerable.Reverse(_apps))
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directories.ForEach(directory => directory.Dispose());
        _garnet?.Dispose();
    }

    private async Task StartAsync(string scoreboardSetting)
    {
        _garnet = EmbeddedGarnetServer.Start(new EmbeddedGarnetOptions());
        Dictionary<string, string> urls = new()
        {
            ["catalog"] = await StartSubgraphAsync(CatalogSubgraph.CreateBuilder, []),
            ["users"] = await StartSubgraphAsync(UsersSubgraph.CreateBuilder, ["--Users:Admins:0=root"]),
            ["scoreboard"] = await StartSubgraphAsync(ScoreboardSubgraph.CreateBuilder, [scoreboardSetting]),
        };

        WebApplicationBuilder gateway = GatewayHost.CreateBuilder(["--environment", "Production", "--Logging:LogLevel:Default=Warning"]);
        gateway.WebHost.UseUrls("http://127.0.0.1:0");
        Dictionary<string, string?> settings = new() { ["Gateway:Supergraph"] = Repository.PathOf("schema", "supergraph.graphql") };
        foreach ((string name, string url) in urls)
        {
            settings[$"Gateway:Subgraphs:{name}:Url"] = $"{url}/graphql";
        }

        gateway.Configuration.AddInMemoryCollection(settings);
        WebApplication app = gateway.Build();
        app.MapGatewayEndpoints();
        await app.StartAsync();
        _apps.Add(app);
        GatewayUrl = new Uri(app.Urls.Single());
        Gateway = new HttpClient { BaseAddress = GatewayUrl, Timeout = TimeSpan.FromSeconds(60) };
        await Eventually.HoldsAsync(async () => (await Gateway.GetAsync("/health/ready")).IsSuccessStatusCode, Patience);
    }

    private async Task<string> StartSubgraphAsync(Func<string[], WebApplicationBuilder> create, string[] extra)
    {
        TempDirectory directory = new();
        _directories.Add(directory);
        WebApplicationBuilder builder = create(
        [
            "--environment", "Production", "--contentRoot", directory.Path,
            $"--ConnectionStrings:Redis={_garnet.Configuration}", $"--Auth:SigningKey={SigningKey}", "--Logging:LogLevel:Default=Warning",
            .. extra,
        ]);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        app.MapSubgraphEndpoints();
        await app.StartAsync();
        _apps.Add(app);
        return app.Urls.Single();
    }
}
