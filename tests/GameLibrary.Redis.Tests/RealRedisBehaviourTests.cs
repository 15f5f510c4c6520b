using GameLibrary.Testing;

using StackExchange.Redis;

namespace GameLibrary.Redis.Tests;

public sealed class RealRedisBehaviourTests : RedisBehaviourTests
{
    protected override async Task<IConnectionMultiplexer> ConnectAsync() =>
        await ConnectionMultiplexer.ConnectAsync(RealServers.RedisConfiguration);
}
