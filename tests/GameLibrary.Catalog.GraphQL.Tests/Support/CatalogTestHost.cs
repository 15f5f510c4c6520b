using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

using GameLibrary.Catalog.Host;
using GameLibrary.Events;
using GameLibrary.Persistence;
using GameLibrary.Subgraph.Toolkit.Authentication;
using GameLibrary.Subgraph.Toolkit.Hosting;
using GameLibrary.Testing;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Catalog.GraphQL.Tests.Support;

/// <summary>The catalog host in-process on a test server, on real PostgreSQL + Redis or on the SQLite + Garnet defaults.</summary>
public sealed class CatalogTestHost : IAsyncDisposable
{
    private const string SigningKey = "test-signing-key-for-the-catalog-subgraph-tests";
    private readonly TempDirectory _directory;

    private CatalogTestHost(WebApplication app, TempDirectory directory, CommandCounter commands)
    {
        App = app;
        _directory = directory;
        Commands = commands;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public CommandCounter Commands { get; }

    public IServiceProvider Services => App.Services;

    public DatabaseProvider Provider => Services.GetRequiredService<DatabaseSelection<CatalogDbContext>>().Provider;

    public static async Task<CatalogTestHost> StartAsync(DatabaseProvider provider, int extraGames = 0)
    {
        TempDirectory directory = new();
        Dictionary<string, string?> settings = new() { ["Auth:SigningKey"] = SigningKey };
        if (provider == DatabaseProvider.PostgreSql)
        {
            settings["ConnectionStrings:Catalog"] = await RealServers.CreatePostgresDatabaseAsync("catalog");
            settings["ConnectionStrings:Redis"] = RealServers.RedisConfiguration;
        }
        else
        {
            // The embedded defaults: SQLite under the content root and an in-memory Garnet server.
            settings["Redis:Embedded:DataDirectory"] = "";
        }

        WebApplicationBuilder builder = CatalogSubgraph.CreateBuilder(["--environment", "Development", "--contentRoot", directory.Path]);
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings);
        CommandCounter commands = new();
        builder.Services.ConfigureDbContext<CatalogDbContext>((_, options) => options.AddInterceptors(commands), ServiceLifetime.Singleton);
        WebApplication app = builder.Build();
        app.MapSubgraphEndpoints();
        await app.StartAsync();

        CatalogDbContext context = await app.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        await using (context)
        {
            await CatalogTestData.SeedAsync(context, extraGames);
        }

        commands.Reset();
        return new CatalogTestHost(app, directory, commands);
    }

    public string Token(params string[] roles) =>
        Services.GetRequiredService<JwtTokenIssuer>().Issue("7", "ada", roles, TimeSpan.FromMinutes(5)).AccessToken;

    public string AdminToken() => Token("admin");

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? token = null)
    {
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["query"] = query,
                ["variables"] = variables is null ? null : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(variables)),
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

    public async Task<long> GameIdAsync(string slug)
    {
        CatalogDbContext context = await Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        await using (context)
        {
            return await context.Games.Where(game => game.Slug == slug).Select(game => game.Id).SingleAsync();
        }
    }

    /// <summary>Waits until the catalog event log holds an event matching <paramref name="match"/>.</summary>
    public async Task<DomainEvent> WaitForEventAsync(Func<DomainEvent, bool> match)
    {
        RedisEventLog log = Services.GetRequiredService<RedisEventLog>();
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(20));
        while (true)
        {
            IReadOnlyList<RecordedEvent> events = await log.ReadAsync("catalog", 0, 100_000);
            if (events.Select(recorded => recorded.Event).FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
