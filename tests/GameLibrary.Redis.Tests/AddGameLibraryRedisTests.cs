using GameLibrary.Testing;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

using StackExchange.Redis;

namespace GameLibrary.Redis.Tests;

public sealed class AddGameLibraryRedisTests
{
    [Fact]
    public async Task WithoutAConnectionStringAnEmbeddedGarnetServesTheConnection()
    {
        await using var services = BuildServices(new() { ["Redis:Embedded:DataDirectory"] = "" });
        var provider = services.GetRequiredService<RedisConnectionProvider>();

        var database = services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
        await database.StringSetAsync("mode", "embedded");

        Assert.Equal(RedisMode.Embedded, provider.Mode);
        Assert.NotNull(provider.EmbeddedServer);
        await using var direct = await ConnectionMultiplexer.ConnectAsync(provider.EmbeddedServer.Configuration);
        Assert.Equal("embedded", (string?)await direct.GetDatabase().StringGetAsync("mode"));
    }

    [Fact]
    public async Task WithAConnectionStringTheConfiguredServerServesTheConnection()
    {
        var key = $"test:{Guid.NewGuid():N}";
        await using var services = BuildServices(new() { ["ConnectionStrings:Redis"] = RealServers.RedisConfiguration });
        var provider = services.GetRequiredService<RedisConnectionProvider>();

        await services.GetRequiredService<IConnectionMultiplexer>().GetDatabase().StringSetAsync(key, "external");

        Assert.Equal(RedisMode.External, provider.Mode);
        Assert.Null(provider.EmbeddedServer);
        await using var direct = await ConnectionMultiplexer.ConnectAsync(RealServers.RedisConfiguration);
        Assert.Equal("external", (string?)await direct.GetDatabase().StringGetAsync(key));
    }

    [Fact]
    public async Task ConcurrentFirstUsesShareOneConnectionAndOneServer()
    {
        await using var services = BuildServices(new() { ["Redis:Embedded:DataDirectory"] = "" });
        var provider = services.GetRequiredService<RedisConnectionProvider>();

        var connections = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => provider.Connection)));

        Assert.All(connections, connection => Assert.Same(connections[0], connection));
        Assert.Same(connections[0], services.GetRequiredService<IConnectionMultiplexer>());
    }

    [Fact]
    public async Task DisposingTheServicesClosesTheConnectionAndStopsGarnet()
    {
        var services = BuildServices(new() { ["Redis:Embedded:DataDirectory"] = "" });
        var connection = services.GetRequiredService<IConnectionMultiplexer>();
        var configuration = services.GetRequiredService<RedisConnectionProvider>().EmbeddedServer!.Configuration;

        await services.DisposeAsync();

        Assert.False(connection.IsConnected);
        await Assert.ThrowsAsync<RedisConnectionException>(
            () => ConnectionMultiplexer.ConnectAsync($"{configuration},connectTimeout=1000,connectRetry=0"));
    }

    [Fact]
    public async Task EmbeddedDataPersistsUnderTheContentRootByDefault()
    {
        using var contentRoot = new TempDirectory();

        using (var host = BuildHost(contentRoot.Path))
        {
            await host.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase().StringSetAsync("kept", "yes");
        }

        using (var host = BuildHost(contentRoot.Path))
        {
            var provider = host.Services.GetRequiredService<RedisConnectionProvider>();
            var value = await provider.Connection.GetDatabase().StringGetAsync("kept");

            Assert.Equal(Path.Combine(contentRoot.Path, ".data", "garnet"), provider.EmbeddedServer!.DataDirectory);
            Assert.Equal("yes", (string?)value);
        }
    }

    [Theory]
    [InlineData("embedded")]
    [InlineData("external")]
    public async Task ReadyHealthCheckIsHealthyWhenPingIsAnswered(string mode)
    {
        await using var services = BuildServices(mode == "external"
            ? new() { ["ConnectionStrings:Redis"] = RealServers.RedisConfiguration }
            : new() { ["Redis:Embedded:DataDirectory"] = "" });

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Tags.Contains("ready"));

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Contains(RedisServiceCollectionExtensions.HealthCheckName, report.Entries.Keys);
    }

    [Fact]
    public async Task ReadyHealthCheckIsUnhealthyWhenRedisIsUnreachable()
    {
        await using var services = BuildServices(new() { ["ConnectionStrings:Redis"] = "127.0.0.1:1,connectTimeout=500" });

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Tags.Contains("ready"));

        Assert.Equal(HealthStatus.Unhealthy, report.Entries[RedisServiceCollectionExtensions.HealthCheckName].Status);
    }

    [Fact]
    public async Task AnInvalidEmbeddedPortIsRejected()
    {
        await using var services = BuildServices(new() { ["Redis:Embedded:Port"] = "six" });

        var exception = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<RedisConnectionProvider>());

        Assert.Contains("Redis:Embedded:Port", exception.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider BuildServices(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddGameLibraryRedis(configuration);
        return services.BuildServiceProvider(validateScopes: true);
    }

    private static IHost BuildHost(string contentRoot)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot });
        builder.Services.AddGameLibraryRedis(builder.Configuration);
        return builder.Build();
    }
}
