using GameLibrary.Events;
using GameLibrary.Scoreboard.GraphQL;
using GameLibrary.Subgraph.Toolkit.Hosting;
using GameLibrary.Testing;
using GameLibrary.Users.GraphQL;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.AppHost.Tests.Support;

/// <summary>
/// A real subgraph (users or scoreboard) on a test server, on its embedded defaults (SQLite in a temp folder, an
/// in-memory Garnet of its own), the way the apphost runs it; games are announced on its catalog event log as the
/// catalog would. Both use the development signing key, so a token from the users host is good on the scoreboard host.
/// </summary>
internal sealed class InProcessSubgraph : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempDirectory _contentRoot;
    private readonly bool _ownsContentRoot;

    private InProcessSubgraph(WebApplication app, TempDirectory contentRoot, bool ownsContentRoot)
    {
        _app = app;
        _contentRoot = contentRoot;
        _ownsContentRoot = ownsContentRoot;
        Client = app.GetTestClient();
    }

    /// <summary>Where its SQLite database lives: a host started on the same folder is a restart.</summary>
    public TempDirectory ContentRoot => _contentRoot;

    public HttpClient Client { get; }

    public Uri GraphQLUrl => new(Client.BaseAddress!, "/graphql");

    /// <summary>Starts the users subgraph; on <paramref name="contentRoot"/> (kept when disposed) to restart one on its data.</summary>
    public static Task<InProcessSubgraph> StartUsersAsync(TempDirectory? contentRoot = null) =>
        StartAsync(UsersSubgraph.CreateBuilder, contentRoot);

    /// <summary>Starts the scoreboard subgraph; on <paramref name="contentRoot"/> (kept when disposed) to restart one on its data.</summary>
    public static Task<InProcessSubgraph> StartScoreboardAsync(TempDirectory? contentRoot = null) =>
        StartAsync(ScoreboardSubgraph.CreateBuilder, contentRoot);

    private static async Task<InProcessSubgraph> StartAsync(Func<string[], WebApplicationBuilder> createBuilder, TempDirectory? contentRoot)
    {
        bool ownsContentRoot = contentRoot is null;
        contentRoot ??= new TempDirectory();
        WebApplicationBuilder builder = createBuilder([
            "--environment", "Development",
            "--contentRoot", contentRoot.Path,
            "--Redis:Embedded:DataDirectory=",
            "--Logging:LogLevel:Default=Warning",
        ]);
        builder.WebHost.UseTestServer();
        WebApplication app = builder.Build();
        app.MapSubgraphEndpoints();
        await app.StartAsync();
        return new InProcessSubgraph(app, contentRoot, ownsContentRoot);
    }

    /// <summary>Publishes games 1..<paramref name="count"/> on the catalog log, as the catalog's seeding does.</summary>
    public Task AnnounceGamesAsync(int count) =>
        _app.Services.GetRequiredService<RedisEventLog>().AppendAsync(
            [.. Enumerable.Range(1, count).Select(id => DomainEvent.Create("catalog", "GameCreated", new { GameId = (long)id, Slug = $"game-{id}", Title = $"Game {id}" }))]);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsContentRoot)
        {
            _contentRoot.Dispose();
        }
    }
}
