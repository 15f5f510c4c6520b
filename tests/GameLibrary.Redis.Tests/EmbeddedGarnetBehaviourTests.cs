using StackExchange.Redis;

namespace GameLibrary.Redis.Tests;

public sealed class EmbeddedGarnetBehaviourTests : RedisBehaviourTests
{
    private readonly EmbeddedGarnetServer _server = EmbeddedGarnetServer.Start();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _server.Dispose();
    }

    [Fact]
    public async Task StreamsAreNotServed()
    {
        // Why the event log is built from sorted sets and Lua: keep this true or revisit that design.
        var exception = await Assert.ThrowsAsync<RedisServerException>(
            () => Database.ExecuteAsync("XADD", $"test:{Guid.NewGuid():N}", "*", "field", "value"));
        Assert.Contains("unknown command", exception.Message, StringComparison.OrdinalIgnoreCase);
    }

    protected override async Task<IConnectionMultiplexer> ConnectAsync() =>
        await ConnectionMultiplexer.ConnectAsync(_server.Configuration);
}
