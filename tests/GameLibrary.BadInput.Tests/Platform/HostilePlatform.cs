using System.Net.Http.Json;
using System.Text.Json.Nodes;

using GameLibrary.Catalog.Host;
using GameLibrary.Gateway.Hosting;
using GameLibrary.Recommendations.GraphQL;
using GameLibrary.Scoreboard.GraphQL;
using GameLibrary.Subgraph.Toolkit.Hosting;
using GameLibrary.Testing;
using GameLibrary.Users.GraphQL;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace GameLibrary.BadInput.Tests.Platform;

/// <summary>
/// The whole platform in-process, as production runs it: the four subgraphs on real PostgreSQL (a fresh database each)
/// and Redis, behind the gateway, all on Kestrel loopback ports (WebSocket and SSE need real sockets), in Production.
/// Started once for the corpus; every case talks to it over the network.
/// </summary>
public sealed class HostilePlatform : IAsyncLifetime
{
    /// <summary>The subgraphs' JWT key; the corpus forges tokens with it and with others.</summary>
    public const string SigningKey = "bad-input-corpus-signing-key-0123456789abcdef";

    /// <summary>The issuer and audience the subgraphs accept (their defaults).</summary>
    public const string Issuer = "gamelibrary";

    /// <summary>Generous: on a loaded 2-core CI box the hosts take long to start and to answer the first time.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly List<WebApplication> _apps = [];
    private readonly List<TempDirectory> _directories = [];
    private readonly Dictionary<string, Uri> _targets = new(StringComparer.Ordinal);

    /// <summary>The servers the corpus runs against, by name: <c>gateway</c> and each subgraph.</summary>
    public static IReadOnlyList<string> TargetNames { get; } = ["gateway", "catalog", "users", "scoreboard", "recommendations"];

    /// <summary>A signed-in player's token (issued by the users subgraph).</summary>
    public string UserToken { get; private set; } = null!;

    /// <summary>The id of the signed-in player.</summary>
    public string UserId { get; private set; } = null!;

    /// <summary>An admin's token.</summary>
    public string AdminToken { get; private set; } = null!;

    /// <summary>The GraphQL endpoint (http://127.0.0.1:port/graphql) of a target.</summary>
    public Uri Endpoint(string target) => _targets[target];

    public async Task InitializeAsync()
    {
        string redis = RealServers.RedisConfiguration;
        _targets["catalog"] = await StartSubgraphAsync(
            CatalogSubgraph.CreateBuilder, $"--ConnectionStrings:Catalog={await RealServers.CreatePostgresDatabaseAsync("bad_input_catalog")}");
        _targets["users"] = await StartSubgraphAsync(
            UsersSubgraph.CreateBuilder,
            $"--ConnectionStrings:Users={await RealServers.CreatePostgresDatabaseAsync("bad_input_users")}",
            "--Users:Admins:0=root");
        _targets["scoreboard"] = await StartSubgraphAsync(
            ScoreboardSubgraph.CreateBuilder, $"--ConnectionStrings:Scoreboard={await RealServers.CreatePostgresDatabaseAsync("bad_input_scoreboard")}");
        _targets["recommendations"] = await StartSubgraphAsync(RecommendationsSubgraph.CreateBuilder);

        WebApplicationBuilder gateway = GatewayHost.CreateBuilder(["--environment", "Production", "--Logging:LogLevel:Default=None"]);
        gateway.WebHost.UseUrls("http://127.0.0.1:0");
        Dictionary<string, string?> settings = new() { ["Gateway:Supergraph"] = Repository.PathOf("schema", "supergraph.graphql") };
        foreach (string name in TargetNames.Skip(1))
        {
            settings[$"Gateway:Subgraphs:{name}:Url"] = _targets[name].ToString();
        }

        gateway.Configuration.AddInMemoryCollection(settings);
        WebApplication app = gateway.Build();
        app.MapGatewayEndpoints();
        await app.StartAsync();
        _apps.Add(app);
        _targets["gateway"] = new Uri(new Uri(app.Urls.Single()), "/graphql");

        using HttpClient client = new() { Timeout = Patience };
        await WaitUntilReadyAsync(client, new Uri(_targets["gateway"], "/health/ready"));
        (UserToken, UserId) = await RegisterAsync(client, "corpus-player");
        (AdminToken, _) = await RegisterAsync(client, "root");
    }

    public async Task DisposeAsync()
    {
        foreach (WebApplication app in Enumerable.Reverse(_apps))
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        _directories.ForEach(directory => directory.Dispose());
    }

    private static async Task WaitUntilReadyAsync(HttpClient client, Uri health)
    {
        DateTime deadline = DateTime.UtcNow + Patience;
        while (!(await client.GetAsync(health)).IsSuccessStatusCode)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{health} was not ready within {Patience.TotalSeconds} seconds.");
            }

            await Task.Delay(100);
        }
    }

    private async Task<(string Token, string Id)> RegisterAsync(HttpClient client, string username)
    {
        JsonObject body = new()
        {
            ["query"] = "mutation($u: String!, $e: String!) { register(username: $u, email: $e, password: \"correct-horse-42\") { token user { id } } }",
            ["variables"] = new JsonObject { ["u"] = username, ["e"] = $"{username}@example.com" },
        };
        using HttpResponseMessage response = await client.PostAsJsonAsync(_targets["users"], body);
        JsonNode? answer = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        JsonNode registered = answer?["data"]?["register"] ?? throw new InvalidOperationException($"register failed: {answer?.ToJsonString()}");
        return (registered["token"]!.GetValue<string>(), registered["user"]!["id"]!.GetValue<string>());
    }

    private async Task<Uri> StartSubgraphAsync(Func<string[], WebApplicationBuilder> create, params string[] extra)
    {
        TempDirectory directory = new();
        _directories.Add(directory);
        WebApplicationBuilder builder = create(
        [
            "--environment", "Production", "--contentRoot", directory.Path,
            $"--ConnectionStrings:Redis={RealServers.RedisConfiguration}", $"--Auth:SigningKey={SigningKey}",

            // Hostile input is logged as warnings and errors by design; the corpus reads answers, not logs.
            "--Logging:LogLevel:Default=None",
            .. extra,
        ]);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        app.MapSubgraphEndpoints();
        await app.StartAsync();
        _apps.Add(app);
        return new Uri(new Uri(app.Urls.Single()), "/graphql");
    }
}
