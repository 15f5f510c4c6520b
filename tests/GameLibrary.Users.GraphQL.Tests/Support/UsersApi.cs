using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Events;
using GameLibrary.Subgraph.Toolkit.Hosting;
using GameLibrary.Testing;
using GameLibrary.Users.Catalog;
using GameLibrary.Users.Data;
using GameLibrary.Users.GraphQL;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Users.GraphQL.Tests.Support;

/// <summary>
/// The users subgraph composed exactly as its host composes it, on a test server, against real PostgreSQL (a fresh
/// database) and Redis — or the SQLite default — with its own catalog event log so parallel hosts do not share offsets.
/// </summary>
public sealed class UsersApi : IAsyncDisposable
{
    public const string SigningKey = "users-graphql-tests-signing-key-0123456789";

    public const string Password = "correct-horse-42";

    private readonly TempDirectory _contentRoot;

    private UsersApi(WebApplication app, TempDirectory contentRoot, string catalogLog)
    {
        App = app;
        _contentRoot = contentRoot;
        CatalogLog = catalogLog;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public string CatalogLog { get; }

    public string ContentRoot => _contentRoot.Path;

    public static async Task<UsersApi> StartAsync(
        bool postgres = true, IReadOnlyDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        TempDirectory contentRoot = new();
        string catalogLog = $"catalog-{Guid.NewGuid():N}";
        Dictionary<string, string?> configuration = new()
        {
            ["Auth:SigningKey"] = SigningKey,
            ["ConnectionStrings:Redis"] = RealServers.RedisConfiguration,
            ["ConnectionStrings:Users"] = postgres ? await RealServers.CreatePostgresDatabaseAsync("users_api") : null,
            ["Users:Admins:0"] = "root",
            ["Users:CatalogEventLog"] = catalogLog,
            ["Users:LoginThrottling:MaxFailuresPerAccount"] = "3",
            ["Users:LoginThrottling:MaxFailuresPerAddress"] = "6",
            ["Users:LoginThrottling:TrustForwardedFor"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach ((string key, string? value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        // Configuration as command-line arguments, as an operator would pass it: visible while the subgraph is composed.
        string[] args =
        [
            "--environment", "Development", "--contentRoot", contentRoot.Path,
            .. configuration.Where(setting => setting.Value is not null).Select(setting => $"--{setting.Key}={setting.Value}"),
        ];
        WebApplicationBuilder builder = UsersSubgraph.CreateBuilder(args);
        builder.WebHost.UseTestServer();
        configure?.Invoke(builder);
        WebApplication app = builder.Build();
        app.MapSubgraphEndpoints();
        await app.StartAsync();
        return new UsersApi(app, contentRoot, catalogLog);
    }

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? token = null, string? forwardedFor = null)
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

        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        using HttpResponseMessage response = await Client.SendAsync(request);
        return new GraphQLResponse(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Registers a user and returns its id.</summary>
    public async Task<string> RegisterAsync(string username, string? password = null)
    {
        GraphQLResponse response = await PostAsync(
            "mutation($u: String!, $e: String!, $p: String!) { register(username: $u, email: $e, password: $p) { user { id } } }",
            new { u = username, e = $"{username}@example.com", p = password ?? Password });
        return response.Ok["register"]!["user"]!["id"]!.GetValue<string>();
    }

    /// <summary>Logs in and returns the access token.</summary>
    public async Task<string> LoginAsync(string username, string? password = null)
    {
        GraphQLResponse response = await PostAsync(
            "mutation($l: String!, $p: String!) { login(usernameOrEmail: $l, password: $p) { token } }",
            new { l = username, p = password ?? Password });
        return response.Ok["login"]!["token"]!.GetValue<string>();
    }

    /// <summary>Registers and logs in; returns the id and the token.</summary>
    public async Task<(string Id, string Token)> SignUpAsync(string username) => (await RegisterAsync(username), await LoginAsync(username));

    /// <summary>Publishes a game on this host's catalog log, as the catalog would, and waits until the subgraph knows it.</summary>
    public async Task AnnounceGameAsync(long gameId)
    {
        await App.Services.GetRequiredService<RedisEventLog>()
            .AppendAsync([DomainEvent.Create(CatalogLog, new GameCreated(gameId, $"game-{gameId}", $"Game {gameId}"))]);
        await EventuallyAsync(async () =>
        {
            await using AsyncServiceScope scope = App.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<UsersDbContext>().KnownGames.AnyAsync(g => g.GameId == gameId);
        });
    }

    /// <summary>The events of the users log after <paramref name="afterSequence"/>.</summary>
    public Task<IReadOnlyList<RecordedEvent>> UsersEventsAfterAsync(long afterSequence) =>
        App.Services.GetRequiredService<RedisEventLog>().ReadAsync("users", afterSequence, 10_000);

    public Task<long> LastUsersEventAsync() => App.Services.GetRequiredService<RedisEventLog>().GetLastSequenceAsync("users");

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
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _contentRoot.Dispose();
    }
}
