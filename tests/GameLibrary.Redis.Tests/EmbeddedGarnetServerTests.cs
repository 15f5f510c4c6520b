using System.Net;
using System.Net.Sockets;

using GameLibrary.Testing;

using StackExchange.Redis;

namespace GameLibrary.Redis.Tests;

public sealed class EmbeddedGarnetServerTests
{
    [Fact]
    public async Task ServersRunSideBySideOnDifferentPortsWithSeparateData()
    {
        using var first = EmbeddedGarnetServer.Start();
        using var second = EmbeddedGarnetServer.Start();
        await using var firstConnection = await ConnectionMultiplexer.ConnectAsync(first.Configuration);
        await using var secondConnection = await ConnectionMultiplexer.ConnectAsync(second.Configuration);

        await firstConnection.GetDatabase().StringSetAsync("owner", "first");
        await secondConnection.GetDatabase().StringSetAsync("owner", "second");

        Assert.NotEqual(first.Port, second.Port);
        Assert.Equal("first", (string?)await firstConnection.GetDatabase().StringGetAsync("owner"));
        Assert.Equal("second", (string?)await secondConnection.GetDatabase().StringGetAsync("owner"));
    }

    [Fact]
    public async Task ListensOnTheRequestedPort()
    {
        var port = FreePort();

        using var server = EmbeddedGarnetServer.Start(new EmbeddedGarnetOptions { Port = port });
        await using var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port}");

        Assert.Equal(port, server.Port);
        Assert.True(connection.IsConnected);
    }

    [Fact]
    public async Task DisposeStopsListening()
    {
        var server = EmbeddedGarnetServer.Start();
        var configuration = server.Configuration;

        server.Dispose();

        await Assert.ThrowsAsync<RedisConnectionException>(
            () => ConnectionMultiplexer.ConnectAsync($"{configuration},connectTimeout=1000,connectRetry=0"));
    }

    [Fact]
    public async Task DataInTheDataDirectorySurvivesARestart()
    {
        using var directory = new TempDirectory();
        var options = new EmbeddedGarnetOptions { DataDirectory = Path.Combine(directory.Path, "garnet") };

        using (var server = EmbeddedGarnetServer.Start(options))
        await using (var connection = await ConnectionMultiplexer.ConnectAsync(server.Configuration))
        {
            var database = connection.GetDatabase();
            await database.SortedSetAddAsync("entries", "first", 1);
            await database.HashSetAsync("offsets", "consumer", 1);
            await database.ScriptEvaluateAsync("return redis.call('INCR', KEYS[1])", ["sequence"]);
        }

        using (var server = EmbeddedGarnetServer.Start(options))
        await using (var connection = await ConnectionMultiplexer.ConnectAsync(server.Configuration))
        {
            var database = connection.GetDatabase();
            Assert.Equal(["first"], (await database.SortedSetRangeByScoreAsync("entries")).Select(value => (string?)value));
            Assert.Equal(1, (long)await database.HashGetAsync("offsets", "consumer"));
            Assert.Equal(1, (long)await database.StringGetAsync("sequence"));
        }
    }

    [Fact]
    public async Task WithoutADataDirectoryARestartStartsEmpty()
    {
        var port = FreePort();
        var options = new EmbeddedGarnetOptions { Port = port };
        using (var server = EmbeddedGarnetServer.Start(options))
        await using (var connection = await ConnectionMultiplexer.ConnectAsync(server.Configuration))
        {
            await connection.GetDatabase().StringSetAsync("key", "value");
        }

        using (var server = EmbeddedGarnetServer.Start(options))
        await using (var connection = await ConnectionMultiplexer.ConnectAsync(server.Configuration))
        {
            Assert.Null(server.DataDirectory);
            Assert.False(await connection.GetDatabase().KeyExistsAsync("key"));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
