using StackExchange.Redis;

namespace GameLibrary.Drills.Tests.Support;

/// <summary>
/// Every leaderboard the scoreboard keeps in Redis (its sorted sets and member hashes under <c>scoreboard:b:</c>),
/// as sorted text: two snapshots are equal when the boards are.
/// </summary>
public static class BoardSnapshot
{
    /// <summary>Reads every board key.</summary>
    public static async Task<IReadOnlyList<string>> TakeAsync(string redisConfiguration)
    {
        await using ConnectionMultiplexer redis = await ConnectionMultiplexer.ConnectAsync(redisConfiguration);
        IDatabase database = redis.GetDatabase();
        List<string> lines = [];
        foreach (RedisKey key in redis.GetServers()[0].Keys(pattern: "scoreboard:b:*", pageSize: 1000))
        {
            switch (await database.KeyTypeAsync(key))
            {
                case RedisType.SortedSet:
                    lines.AddRange((await database.SortedSetRangeByRankWithScoresAsync(key)).Select(entry => $"{key} {entry.Element} {entry.Score:R}"));
                    break;
                case RedisType.Hash:
                    lines.AddRange((await database.HashGetAllAsync(key)).Select(entry => $"{key} {entry.Name}={entry.Value}"));
                    break;
                default:
                    lines.Add($"{key} (unexpected type)");
                    break;
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>
    /// Asserts the live boards equal what the scoreboard's own rebuild (its <c>rebuild</c> command: every board from
    /// PostgreSQL) writes: a snapshot before the rebuild, the rebuild, a snapshot after.
    /// </summary>
    internal static async Task AssertEqualsRebuildAsync(Gateway.LoadTest.Platform.ProcessPlatform platform)
    {
        IReadOnlyList<string> live = await TakeAsync(platform.Redis.Configuration);
        string rebuilt = await platform.RunCommandAsync("scoreboard", "rebuild");
        Assert.Contains("Rebuilt", rebuilt, StringComparison.Ordinal);
        IReadOnlyList<string> expected = await TakeAsync(platform.Redis.Configuration);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, live);
    }
}
