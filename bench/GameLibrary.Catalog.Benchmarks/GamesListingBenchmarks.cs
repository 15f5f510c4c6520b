using System.Net.Http.Json;
using System.Text.Json.Nodes;

using BenchmarkDotNet.Attributes;

using GameLibrary.Catalog.Host;
using GameLibrary.Catalog.Model;
using GameLibrary.Catalog.Queries;
using GameLibrary.Catalog.Seeding;
using GameLibrary.Persistence;
using GameLibrary.Subgraph.Toolkit.Hosting;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Catalog.Benchmarks;

/// <summary>
/// The latency of <c>games(first: 100)</c> with genres and platforms over HTTP (in-process test server, so the
/// network is left out), on a catalog seeded with 100,000 games: the first page, and a page 99,000 games deep to
/// show that keyset paging does not slow down with depth.
/// </summary>
/// <remarks>
/// PostgreSQL when the environment variable <c>GAMELIBRARY_BENCH_CATALOG</c> holds a connection string (its database
/// is seeded on first use and kept), else a SQLite file under the system temp folder.
/// </remarks>
[MemoryDiagnoser]
public class GamesListingBenchmarks
{
    private const int Games = 100_000;

    private const string Query = """
        query($after: String) { games(first: 100, after: $after) { edges { node { title genres { name } platforms { name } } } } }
        """;

    private WebApplication? _app;
    private HttpClient? _client;
    private string _deepCursor = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        Dictionary<string, string?> settings = new()
        {
            ["Auth:SigningKey"] = "benchmark-signing-key-benchmark-signing-key",
            ["Redis:Embedded:DataDirectory"] = "",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        string contentRoot = Path.Combine(Path.GetTempPath(), "gamelibrary-catalog-bench");
        Directory.CreateDirectory(contentRoot);
        if (Environment.GetEnvironmentVariable("GAMELIBRARY_BENCH_CATALOG") is { Length: > 0 } connectionString)
        {
            settings["ConnectionStrings:Catalog"] = connectionString;
        }

        WebApplicationBuilder builder = CatalogSubgraph.CreateBuilder(["--contentRoot", contentRoot]);
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings);
        _app = builder.Build();
        _app.MapSubgraphEndpoints();
        await _app.StartAsync();
        await _app.Services.GetRequiredService<CatalogSeeder>().SeedAsync(Games, seed: 42);

        CatalogDbContext context = await _app.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        await using (context)
        {
            Game deep = await context.Games.OrderBy(g => g.Title).ThenBy(g => g.Id).Skip(Games - 1_000).FirstAsync();
            _deepCursor = GameCursor.Encode(deep, GameOrder.Default);
            Console.WriteLine($"Catalog on {_app.Services.GetRequiredService<DatabaseSelection<CatalogDbContext>>().Provider} with {await context.Games.CountAsync()} games.");
        }

        _client = _app.GetTestClient();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true, Description = "games(first: 100) with genres and platforms, first page")]
    public Task<int> FirstPage() => PostAsync(after: null);

    [Benchmark(Description = "games(first: 100) with genres and platforms, 99,000 games deep")]
    public Task<int> DeepPage() => PostAsync(_deepCursor);

    private async Task<int> PostAsync(string? after)
    {
        using HttpResponseMessage response = await _client!.PostAsJsonAsync("/graphql", new JsonObject
        {
            ["query"] = Query,
            ["variables"] = new JsonObject { ["after"] = after },
        });
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (body["errors"] is not null)
        {
            throw new InvalidOperationException(body.ToJsonString());
        }

        return body["data"]!["games"]!["edges"]!.AsArray().Count;
    }
}
