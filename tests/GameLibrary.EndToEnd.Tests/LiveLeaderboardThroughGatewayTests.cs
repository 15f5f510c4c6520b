using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
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

namespace GameLibrary.EndToEnd.Tests;

/// <summary>
/// The platform on the embedded defaults (one Garnet, SQLite per subgraph) behind the gateway: a client subscribed
/// through the gateway to a live leaderboard receives the new top 10, with displayName completed from users, after a
/// submitScore sent through the gateway.
/// </summary>
public sealed class LiveLeaderboardThroughGatewayTests : IAsyncLifetime
{
    private const string SigningKey = "end-to-end-tests-signing-key-0123456789abcdef";

    private readonly List<WebApplication> _apps = [];
    private readonly List<TempDirectory> _directories = [];
    private EmbeddedGarnetServer _garnet = null!;
    private HttpClient _gateway = null!;
    private Uri _gatewayUrl = null!;

    public async Task InitializeAsync()
    {
        _garnet = EmbeddedGarnetServer.Start(new EmbeddedGarnetOptions());
        Dictionary<string, string> urls = new()
        {
            ["catalog"] = await StartSubgraphAsync(CatalogSubgraph.CreateBuilder, []),
            ["users"] = await StartSubgraphAsync(UsersSubgraph.CreateBuilder, ["--Users:Admins:0=root"]),
            ["scoreboard"] = await StartSubgraphAsync(ScoreboardSubgraph.CreateBuilder, ["--Scoreboard:LiveUpdateInterval=00:00:00.050"]),
        };

        WebApplicationBuilder gateway = GatewayHost.CreateBuilder(["--environment", "Production"]);
        gateway.WebHost.UseUrls("http://127.0.0.1:0");
        Dictionary<string, string?> settings = new() { ["Gateway:Supergraph"] = Path.Combine(RepositoryRoot(), "schema", "supergraph.graphql") };
        foreach ((string name, string url) in urls)
        {
            settings[$"Gateway:Subgraphs:{name}:Url"] = $"{url}/graphql";
        }

        gateway.Configuration.AddInMemoryCollection(settings);
        WebApplication app = gateway.Build();
        app.MapGatewayEndpoints();
        await app.StartAsync();
        _apps.Add(app);
        _gatewayUrl = new Uri(app.Urls.Single());
        _gateway = new HttpClient { BaseAddress = _gatewayUrl, Timeout = TimeSpan.FromSeconds(30) };
        await EventuallyAsync(async () => (await _gateway.GetAsync("/health/ready")).IsSuccessStatusCode);
    }

    private const string Subscription =
        """subscription { leaderboardUpdated(gameId: "1", top: 10) { entries { rank score user { displayName } } } }""";

    [Fact]
    public async Task A_WebSocket_subscriber_receives_the_new_top_10_with_displayName_from_users()
    {
        string token = await PrepareAsync("ada", "Ada Lovelace");

        using ClientWebSocket socket = new();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(new Uri(_gatewayUrl, "/graphql")) { Scheme = "ws" }.Uri, CancellationToken.None);
        await SendAsync(socket, new JsonObject { ["type"] = "connection_init" });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
        await SendAsync(socket, new JsonObject
        {
            ["id"] = "board",
            ["type"] = "subscribe",
            ["payload"] = new JsonObject { ["query"] = Subscription },
        });
        Assert.Equal("next", (await ReceiveAsync(socket))["type"]!.GetValue<string>());

        await SubmitAsync(token, 4200, "e2e-websocket-1");

        JsonNode top = (await ReceiveAsync(socket))["payload"]!["data"]!["leaderboardUpdated"]!["entries"]![0]!;
        Assert.Equal(4200, top["score"]!.GetValue<int>());
        Assert.Equal("Ada Lovelace", top["user"]!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_SSE_subscriber_receives_the_new_top_10_with_displayName_from_users()
    {
        string token = await PrepareAsync("grace", "Grace Hopper");
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new JsonObject { ["query"] = Subscription }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using HttpResponseMessage response = await _gateway.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using StreamReader events = new(await response.Content.ReadAsStreamAsync());
        await NextEventAsync(events);

        await SubmitAsync(token, 5100, "e2e-sse-0001");

        JsonNode top = (await NextEventAsync(events))["data"]!["leaderboardUpdated"]!["entries"]![0]!;
        Assert.Equal(5100, top["score"]!.GetValue<int>());
        Assert.Equal("Grace Hopper", top["user"]!["displayName"]!.GetValue<string>());
    }

    /// <summary>Seeds the catalog (its games reach the scoreboard through events), signs a player up, waits until game 1 takes scores.</summary>
    private async Task<string> PrepareAsync(string username, string displayName)
    {
        await _apps[0].Services.GetRequiredService<CatalogSeeder>().SeedAsync(3, 1);
        string token = await SignUpAsync(username, displayName);
        await EventuallyAsync(async () =>
        {
            JsonNode? answer = await PostAsync(
                """mutation { submitScore(input: {gameId: "1", score: 1, idempotencyKey: "probe-game-known"}) { status } }""", token);
            return answer?["data"]?["submitScore"] is not null;
        });
        return token;
    }

    private async Task SubmitAsync(string token, int score, string key)
    {
        JsonNode? submitted = await PostAsync(
            "mutation($s: Int!, $k: String!) { submitScore(input: {gameId: \"1\", score: $s, idempotencyKey: $k}) { status } }",
            token,
            new JsonObject { ["s"] = score, ["k"] = key });
        Assert.Equal("ACCEPTED", submitted!["data"]!["submitScore"]!["status"]!.GetValue<string>());
    }

    /// <summary>The data of the next SSE "next" event.</summary>
    private static async Task<JsonNode> NextEventAsync(StreamReader events)
    {
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(15));
        string? name = null;
        while (true)
        {
            string line = await events.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException("The event stream ended.");
            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal) && name == "next")
            {
                return JsonNode.Parse(line["data:".Length..])!;
            }
        }
    }

    public async Task DisposeAsync()
    {
        _gateway?.Dispose();
        foreach (WebApplication app in Enumerable.Reverse(_apps))
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directories.ForEach(directory => directory.Dispose());
        _garnet?.Dispose();
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

    private async Task<string> SignUpAsync(string username, string displayName)
    {
        await PostAsync(
            "mutation($u: String!, $e: String!, $d: String!) { register(username: $u, email: $e, password: \"correct-horse-42\", displayName: $d) { id } }",
            null,
            new JsonObject { ["u"] = username, ["e"] = $"{username}@example.com", ["d"] = displayName });
        JsonNode? login = await PostAsync(
            "mutation($u: String!) { login(usernameOrEmail: $u, password: \"correct-horse-42\") { token } }", null, new JsonObject { ["u"] = username });
        return login!["data"]!["login"]!["token"]!.GetValue<string>();
    }

    private async Task<JsonNode?> PostAsync(string query, string? token, JsonObject? variables = null)
    {
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new JsonObject { ["query"] = query, ["variables"] = variables }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using HttpResponseMessage response = await _gateway.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }

    private static Task SendAsync(WebSocket socket, JsonNode message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private static async Task<JsonNode> ReceiveAsync(WebSocket socket)
    {
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(15));
        using MemoryStream message = new();
        byte[] buffer = new byte[8192];
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(message.ToArray())!;
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 30 seconds.");
            await Task.Delay(100);
        }
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GameLibrary.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("GameLibrary.sln was not found above the test's directory.");
    }
}
