using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Events;
using GameLibrary.Recommendations.GraphQL;
using GameLibrary.Subgraph.Toolkit.Authentication;
using GameLibrary.Subgraph.Toolkit.Hosting;
using GameLibrary.Testing;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Recommendations.GraphQL.Tests.Support;

/// <summary>
/// The recommendations subgraph composed exactly as its host composes it, on a test server, against real PostgreSQL
/// (a fresh database) and Redis — or the SQLite and Garnet defaults — with its own event logs, consumed live.
/// </summary>
public sealed class RecommendationsApi : IAsyncDisposable
{
    public const string SigningKey = "recommendations-graphql-tests-signing-key-0123456789";

    private readonly TempDirectory _contentRoot;

    private readonly Lazy<HttpClient> _client;

    private RecommendationsApi(WebApplication app, TempDirectory contentRoot, string id)
    {
        App = app;
        _contentRoot = contentRoot;
        CatalogLog = $"catalog-{id}";
        UsersLog = $"users-{id}";
        ScoreboardLog = $"scoreboard-{id}";
        _client = new Lazy<HttpClient>(app.GetTestClient);
    }

    public WebApplication App { get; }

    /// <summary>The test server's client; only for a started subgraph.</summary>
    public HttpClient Client => _client.Value;

    public string CatalogLog { get; }

    public string UsersLog { get; }

    public string ScoreboardLog { get; }

    public static async Task<RecommendationsApi> StartAsync(bool realServers = true, bool start = true)
    {
        TempDirectory contentRoot = new();
        string id = Guid.NewGuid().ToString("N");
        Dictionary<string, string?> configuration = new()
        {
            ["Auth:SigningKey"] = SigningKey,
            ["ConnectionStrings:Redis"] = realServers ? RealServers.RedisConfiguration : null,
            ["ConnectionStrings:Recommendations"] = realServers ? await RealServers.CreatePostgresDatabaseAsync("recommendations_api") : null,
            ["Redis:Embedded:DataDirectory"] = "",
            ["Recommendations:CatalogEventLog"] = $"catalog-{id}",
            ["Recommendations:UsersEventLog"] = $"users-{id}",
            ["Recommendations:ScoreboardEventLog"] = $"scoreboard-{id}",
            ["Recommendations:RedisKeyPrefix"] = $"recommendations-api-{id}",
            ["Logging:LogLevel:Default"] = "Warning",
        };

        // Configuration as command-line arguments, as an operator would pass it.
        string[] args =
        [
            "--environment", "Development", "--contentRoot", contentRoot.Path,
            .. configuration.Where(setting => setting.Value is not null).Select(setting => $"--{setting.Key}={setting.Value}"),
        ];
        WebApplicationBuilder builder = RecommendationsSubgraph.CreateBuilder(args);
        builder.WebHost.UseTestServer();
        WebApplication app = builder.Build();
        if (start)
        {
            app.MapSubgraphEndpoints();
            await app.StartAsync();
        }

        return new RecommendationsApi(app, contentRoot, id);
    }

    public string TokenFor(Guid userId, params string[] roles) =>
        App.Services.GetRequiredService<JwtTokenIssuer>().Issue(userId.ToString(), "player", roles, TimeSpan.FromMinutes(5)).AccessToken;

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

    /// <summary>Appends an event to a log as its producer would (type = the payload type's name).</summary>
    public Task PublishAsync<TPayload>(string log, TPayload payload) =>
        App.Services.GetRequiredService<RedisEventLog>().AppendAsync([DomainEvent.Create(log, payload)]);

    /// <summary>Waits until the subgraph has handled everything on its three logs.</summary>
    public Task CaughtUpAsync()
    {
        RedisEventLog log = App.Services.GetRequiredService<RedisEventLog>();
        return EventuallyAsync(async () =>
        {
            foreach (string name in new[] { CatalogLog, UsersLog, ScoreboardLog })
            {
                if (await log.GetOffsetAsync(name, "recommendations") < await log.GetLastSequenceAsync(name))
                {
                    return false;
                }
            }

            return true;
        });
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
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }

        try
        {
            await App.StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started (command tests).
        }

        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _contentRoot.Dispose();
    }
}
