using GameLibrary.Events;
using GameLibrary.Subgraph.Toolkit.Hosting;
using GameLibrary.Testing;
using GameLibrary.Users.Catalog;
using GameLibrary.Users.GraphQL;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.AppHost.Tests.Support;

/// <summary>
/// The real users subgraph on a test server, on its embedded defaults (SQLite in a temp folder, an in-memory Garnet of
/// its own), the way the apphost runs it; games are announced on its catalog event log as the catalog would.
/// </summary>
internal sealed class UsersSubgraphHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempDirectory _contentRoot;
    private readonly bool _ownsContentRoot;

    private UsersSubgraphHost(WebApplication app, TempDirectory contentRoot, bool ownsContentRoot)
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

    /// <summary>Starts the subgraph; on <paramref name="contentRoot"/> (kept when disposed) to restart one on its data.</summary>
    public static async Task<UsersSubgraphHost> StartAsync(TempDirectory? contentRoot = null)
    {
        bool ownsContentRoot = contentRoot is null;
        contentRoot ??= new TempDirectory();
        WebApplicationBuilder builder = UsersSubgraph.CreateBuilder([
            "--environment", "Development",
            "--contentRoot", contentRoot.Path,
            "--Redis:Embedded:DataDirectory=",
            "--Logging:LogLevel:Default=Warning",
        ]);
        builder.WebHost.UseTestServer();
        WebApplication app = builder.Build();
        app.MapSubgraphEndpoints();
        await app.StartAsync();
        return new UsersSubgraphHost(app, contentRoot, ownsContentRoot);
    }

    /// <summary>Publishes games 1..<paramref name="count"/> on the catalog log, as the catalog's seeding does.</summary>
    public Task AnnounceGamesAsync(int count) =>
        _app.Services.GetRequiredService<RedisEventLog>().AppendAsync(
            [.. Enumerable.Range(1, count).Select(id => DomainEvent.Create("catalog", new GameCreated(id, $"game-{id}", $"Game {id}")))]);

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
