using System.Net;
using System.Text.Json.Nodes;

using GameLibrary.Subgraph.Toolkit.Tests.Support;
using GameLibrary.Testing;

using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Subgraph.Toolkit.Tests;

/// <summary>/health/ready of a subgraph wired to a database and Redis, with the real servers and the embedded defaults.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Ready_is_200_when_the_real_PostgreSQL_and_Redis_are_reachable()
    {
        string database = await RealServers.CreatePostgresDatabaseAsync("readiness");
        await using TestSubgraph subgraph = await StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sample"] = database,
            ["ConnectionStrings:Redis"] = RealServers.RedisConfiguration,
        });

        (HttpStatusCode status, JsonNode body) = await GetReadyAsync(subgraph);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", Status(body, "redis"));
        Assert.Equal("Healthy", Status(body, "database-sample"));
    }

    [Fact]
    public async Task Ready_is_503_naming_redis_when_Redis_is_unreachable_while_live_stays_200()
    {
        string database = await RealServers.CreatePostgresDatabaseAsync("readiness");
        await using TestSubgraph subgraph = await StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sample"] = database,
            // Port 1 on loopback: nothing listens there.
            ["ConnectionStrings:Redis"] = "127.0.0.1:1,connectTimeout=500",
        });

        (HttpStatusCode status, JsonNode body) = await GetReadyAsync(subgraph);
        using HttpResponseMessage live = await subgraph.Client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", Status(body, "redis"));
        Assert.Equal("Healthy", Status(body, "database-sample"));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Ready_is_200_on_the_embedded_SQLite_and_Garnet_defaults()
    {
        using TempDirectory contentRoot = new();
        await using TestSubgraph subgraph = await StartAsync(
            new Dictionary<string, string?> { ["Redis:Embedded:DataDirectory"] = "" },
            contentRoot.Path);

        (HttpStatusCode status, JsonNode body) = await GetReadyAsync(subgraph);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", Status(body, "redis"));
        Assert.Equal("Healthy", Status(body, "database-sample"));
        Assert.True(File.Exists(Path.Combine(contentRoot.Path, ".data", "sample.db")));
    }

    private static Task<TestSubgraph> StartAsync(IReadOnlyDictionary<string, string?> settings, string? contentRoot = null) =>
        TestSubgraph.StartAsync(
            settings: settings,
            configure: builder =>
            {
                builder.Services.AddGameLibraryRedis(builder.Configuration);
                builder.Services.AddGameLibraryDbContext<ReadinessContext>(builder.Configuration, "Sample");
            },
            contentRoot: contentRoot);

    private static async Task<(HttpStatusCode Status, JsonNode Body)> GetReadyAsync(TestSubgraph subgraph)
    {
        using HttpResponseMessage response = await subgraph.Client.GetAsync("/health/ready");
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static string? Status(JsonNode body, string check) =>
        body["checks"]!.AsArray().SingleOrDefault(c => c!["name"]!.GetValue<string>() == check)?["status"]!.GetValue<string>();

    /// <summary>A context with no tables: readiness only needs the connection.</summary>
    private sealed class ReadinessContext(DbContextOptions<ReadinessContext> options) : DbContext(options);
}
