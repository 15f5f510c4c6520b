using GameLibrary.Persistence;
using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Health;
using GameLibrary.Scoreboard.Tests.Support;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GameLibrary.Scoreboard.Tests;

/// <summary>Redis stopped for real (a redis-server of the test's own): SQL decides, reads fall back, boards are repaired.</summary>
public sealed class RedisOutageTests
{
    [Theory]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Submissions_succeed_while_Redis_is_down_and_the_boards_equal_a_rebuild_after_it_returns(DatabaseProvider database)
    {
        using RedisServerProcess redis = new();
        await redis.StartAsync();
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(
            database == DatabaseProvider.PostgreSql ? Backend.PostgresRedis : Backend.SqliteGarnet,
            new Dictionary<string, string?> { ["Scoreboard:AntiCheat:MaxBurst"] = "0" },
            redis.Configuration);
        BoardMaintenanceService maintenance = domain.Services.GetRequiredService<BoardMaintenanceService>();
        Guid before = Guid.NewGuid();
        Guid during = Guid.NewGuid();
        await domain.SubmitAsync(before, 100);
        Assert.True(domain.Leaderboards.ServesFromRedis);

        await redis.StopAsync();
        await WaitAsync(() => !domain.Services.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>().IsConnected);

        Scores.SubmissionResult accepted = await domain.SubmitAsync(during, 300);
        Assert.Equal(Scores.ScoreStatus.Accepted, accepted.Score.Status);
        Assert.Equal(1, accepted.Rank);
        Assert.False(domain.Leaderboards.ServesFromRedis);
        Assert.Equal([during, before], (await domain.ReadAsync(LeaderboardWindow.Daily)).Entries.Select(e => e.UserId));
        Assert.Equal(HealthStatus.Degraded, (await new BoardsHealthCheck(domain.Leaderboards).CheckHealthAsync(new HealthCheckContext())).Status);

        // The rate limit falls back to a per-instance window.
        for (int i = 0; i < 29; i++)
        {
            await domain.SubmitAsync(Guid.NewGuid(), i);
        }

        await Assert.ThrowsAsync<Errors.ScoreboardException>(async () =>
        {
            for (int i = 0; i < 31; i++)
            {
                await domain.SubmitAsync(during, 1);
            }
        });

        // Redis comes back empty; the maintenance check rebuilds without a restart.
        await redis.StartAsync();
        await WaitAsync(() => domain.Services.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>().IsConnected);
        Assert.True(await maintenance.RepairIfNeededAsync(CancellationToken.None));
        Assert.True(domain.Leaderboards.ServesFromRedis);
        BoardId daily = new(ScoreboardDomain.Game, BoardPeriod.Of(LeaderboardWindow.Daily, domain.Clock.Now), null);
        Assert.Equal((await domain.ReadSqlAsync(daily)).Entries, (await domain.ReadRedisAsync(daily)).Entries);
        Assert.Equal(during, (await domain.ReadRedisAsync(daily)).Entries[0].UserId);
        SortedDictionary<string, string> repaired = await domain.DumpBoardsAsync();
        await domain.Services.GetRequiredService<BoardRebuilder>().RebuildAsync(CancellationToken.None);
        Assert.Equal(repaired, await domain.DumpBoardsAsync());
        Assert.False(await maintenance.RepairIfNeededAsync(CancellationToken.None));
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 20 seconds.");
            await Task.Delay(50);
        }
    }
}
