using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Events;
using GameLibrary.Scoreboard.Catalog;
using GameLibrary.Scoreboard.Data;
using GameLibrary.Scoreboard.GraphQL;
using GameLibrary.Scoreboard.Players;
using GameLibrary.Subgraph.Toolkit.Authentication;
using GameLibrary.Subgraph.Toolkit.Hosting;
using GameLibrary.Testing;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Scoreboard.GraphQL.Tests.Support;

/// <summary>
/// The scoreboard subgraph composed exactly as its host composes it, on a test server, against PostgreSQL (a fresh
/// database) and Redis, or SQLite and the embedded Garnet; its own Redis prefix and event logs, so hosts do not share
/// offsets or boards unless a test gives two hosts the same ones.
/// </summary>
public sealed class ScoreboardApi : IAsyncDisposable
{
    public const string SigningKey = "scoreboard-graphql-tests-signing-key-0123456789";

    private readonly TempDirectory _contentRoot;
    private readonly bool _ownsContentRoot;

    private ScoreboardApi(WebApplication app, TempDirectory contentRoot, bool ownsContentRoot, Dictionary<string, string?> settings)
    {
        App = app;
        _contentRoot = contentRoot;
        _ownsContentRoot = ownsContentRoot;
        Settings = settings;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    /// <summary>The configuration the host was started with (to start a second instance on the same stores).</summary>
    public Dictionary<string, string?> Settings { get; }

    public string CatalogLog => Settings["Scoreboard:CatalogEventLog"]!;

    public string UsersLog => Settings["Scoreboard:UsersEventLog"]!;

    public static async Task<ScoreboardApi> StartAsync(bool postgres = true, IReadOnlyDictionary<string, string?>? settings = null)
    {
        TempDirectory contentRoot = new();
        string unique = Guid.NewGuid().ToString("N");
        Dictionary<string, string?> configuration = new()
        {
            ["Auth:SigningKey"] = SigningKey,
            ["ConnectionStrings:Redis"] = postgres ? RealServers.RedisConfiguration : null,
            ["Redis:Embedded:DataDirectory"] = "",
            ["ConnectionStrings:Scoreboard"] = postgres ? await RealServers.CreatePostgresDatabaseAsync("scoreboard_api") : null,
            ["Scoreboard:CatalogEventLog"] = $"catalog-{unique}",
            ["Scoreboard:UsersEventLog"] = $"users-{unique}",
            ["Scoreboard:EventLog"] = $"scoreboard-{unique}",
            ["Scoreboard:RedisPrefix"] = $"sbapi-{unique}:",
            ["Scoreboard:LiveUpdateInterval"] = "00:00:00.050",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach ((string key, string? value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        return await StartWithAsync(configuration, contentRoot, ownsContentRoot: true);
    }

    /// <summary>A second instance on the same database (also the same SQLite file), Redis and logs: a second replica.</summary>
    public Task<ScoreboardApi> StartReplicaAsync() => StartWithAsync(new Dictionary<string, string?>(Settings), _contentRoot, ownsContentRoot: false);

    public string Token(Guid userId, params string[] roles) =>
        App.Services.GetRequiredService<JwtTokenIssuer>().Issue(userId.ToString(), $"player-{userId:N}"[..20], roles, TimeSpan.FromHours(1)).AccessToken;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? token = null)
    {
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["query"] = query,
                ["variables"] = variables is null ? null : JsonNode.Parse(JsonSerializer.Serialize(variables)),
            }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using HttpResponseMessage response = await Client.SendAsync(request);
        return new GraphQLResponse(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public Task<GraphQLResponse> SubmitAsync(string token, long gameId, int score, string? key = null, string? playedAt = null, string? competitionId = null) =>
        PostAsync(
            """
            mutation($input: SubmitScoreInput!) {
              submitScore(input: $input) { status rank duplicate score { id score status playedAt user { id } game { id } } }
            }
            """,
            new { input = new { gameId = gameId.ToString(System.Globalization.CultureInfo.InvariantCulture), score, idempotencyKey = key ?? $"k-{Guid.NewGuid():N}", playedAt, competitionId } },
            token);

    /// <summary>Publishes a game on this host's catalog log, as the catalog would, and waits until the subgraph knows it.</summary>
    public async Task AnnounceGameAsync(long gameId)
    {
        await App.Services.GetRequiredService<RedisEventLog>()
            .AppendAsync([DomainEvent.Create(CatalogLog, new GameCreated(gameId, $"game-{gameId}", $"Game {gameId}"))]);
        await EventuallyAsync(() => QueryDbAsync(db => db.KnownGames.AnyAsync(g => g.GameId == gameId)));
    }

    /// <summary>Publishes a registration on this host's users log and waits until the region is known.</summary>
    public async Task RegisterAsync(Guid userId, Region region)
    {
        await App.Services.GetRequiredService<RedisEventLog>()
            .AppendAsync([DomainEvent.Create(UsersLog, new UserRegistered(userId, $"p{userId:N}", region.ToString()))]);
        await EventuallyAsync(() => QueryDbAsync(db => db.PlayerRegions.AnyAsync(p => p.UserId == userId)));
    }

    public async Task<T> QueryDbAsync<T>(Func<ScoreboardDbContext, Task<T>> query)
    {
        await using AsyncServiceScope scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ScoreboardDbContext>());
    }

    public static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 15 seconds.");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        if (_ownsContentRoot)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _contentRoot.Dispose();
        }
    }

    private static async Task<ScoreboardApi> StartWithAsync(Dictionary<string, string?> configuration, TempDirectory contentRoot, bool ownsContentRoot)
    {
        string[] args =
        [
            "--environment", "Development", "--contentRoot", contentRoot.Path,
            .. configuration.Where(setting => setting.Value is not null).Select(setting => $"--{setting.Key}={setting.Value}"),
        ];
        WebApplicationBuilder builder = ScoreboardSubgraph.CreateBuilder(args);
        builder.WebHost.UseTestServer();
        WebApplication app = builder.Build();
        app.MapSubgraphEndpoints();
        await app.StartAsync();
        return new ScoreboardApi(app, contentRoot, ownsContentRoot, configuration);
    }
}
