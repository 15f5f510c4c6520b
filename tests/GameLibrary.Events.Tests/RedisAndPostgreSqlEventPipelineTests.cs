using GameLibrary.Testing;

namespace GameLibrary.Events.Tests;

public sealed class RedisAndPostgreSqlEventPipelineTests : EventPipelineTests
{
    protected override async Task<Dictionary<string, string?>> SettingsAsync() => new()
    {
        ["ConnectionStrings:Redis"] = RealServers.RedisConfiguration,
        ["ConnectionStrings:Catalog"] = await RealServers.CreatePostgresDatabaseAsync("events"),
    };
}
