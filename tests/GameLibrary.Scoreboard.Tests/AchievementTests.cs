using GameLibrary.Scoreboard.Achievements;
using GameLibrary.Scoreboard.Data;
using GameLibrary.Scoreboard.Events;
using GameLibrary.Scoreboard.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Scoreboard.Tests;

public sealed class AchievementTests
{
    [Theory]
    [InlineData(Backend.PostgresRedis)]
    [InlineData(Backend.SqliteGarnet)]
    public async Task Each_achievement_unlocks_once_with_one_event(Backend backend)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend, new Dictionary<string, string?>
        {
            ["Scoreboard:AntiCheat:MaxJumpFactor"] = "0",
            ["Scoreboard:AntiCheat:MaxBurst"] = "0",
        });
        Guid player = Guid.NewGuid();
        Guid rival = Guid.NewGuid();

        await domain.SubmitAsync(player, 600);
        await domain.SubmitAsync(player, 700);
        await domain.SubmitAsync(rival, 800);
        await domain.SubmitAsync(player, 900);

        List<Achievement> unlocked = await domain.RunAsync(s => s.GetRequiredService<ScoreboardDbContext>().Achievements
            .Where(a => a.UserId == player).ToListAsync());
        Assert.Equal(
            new[] { AchievementNames.FirstPlace, "SCORE_100", "SCORE_500", AchievementNames.Top10 }.Order(StringComparer.Ordinal),
            unlocked.Select(a => a.Name).Order(StringComparer.Ordinal));
        List<AchievementUnlocked> events = [.. (await domain.OutboxAsync()).Where(m => m.Type == nameof(AchievementUnlocked))
            .Select(m => new GameLibrary.Events.DomainEvent(m.EventId, m.Log, m.Type, m.OccurredAt, m.Payload).GetPayload<AchievementUnlocked>())];
        Assert.Equal(4, events.Count(e => e.UserId == player));
        Assert.Equal(events.Count, events.Distinct().Count());
    }

    [Theory]
    [InlineData(Backend.PostgresRedis)]
    [InlineData(Backend.SqliteGarnet)]
    public async Task Three_consecutive_days_unlock_the_streak(Backend backend)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend);
        Guid player = Guid.NewGuid();
        DateTimeOffset start = domain.Clock.Now;
        for (int day = 0; day < 3; day++)
        {
            domain.Clock.Now = start.AddDays(day);
            await domain.SubmitAsync(player, 10 + day);
        }

        List<string> names = await domain.RunAsync(s => s.GetRequiredService<ScoreboardDbContext>().Achievements
            .Where(a => a.UserId == player).Select(a => a.Name).ToListAsync());
        Assert.Contains(AchievementNames.Streak(3), names);
        Assert.DoesNotContain(AchievementNames.Streak(7), names);
    }
}
