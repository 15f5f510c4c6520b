using GameLibrary.Scoreboard.Achievements;
using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Data;
using GameLibrary.Scoreboard.Scores;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Scoreboard.Stats;

/// <summary>What the scoreboard knows about one player: best scores, achievements, statistics.</summary>
/// <param name="contexts">Opens a short-lived context per read.</param>
/// <param name="leaderboards">Ranks and percentiles.</param>
/// <param name="timeProvider">The clock (streaks and trends).</param>
public sealed class PlayerQueries(IDbContextFactory<ScoreboardDbContext> contexts, Leaderboards leaderboards, TimeProvider timeProvider)
{
    /// <summary>The player's all-time bests, highest first.</summary>
    /// <param name="userId">The player.</param>
    /// <param name="first">How many.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyList<BestScore>> BestScoresAsync(Guid userId, int first, CancellationToken cancellationToken)
    {
        await using ScoreboardDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.BestScores.AsNoTracking().Where(b => b.UserId == userId && b.Period == BoardPeriod.AllTime.Key)
            .OrderByDescending(b => b.Value).ThenBy(b => b.GameId).Take(first).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The players' achievements, oldest first, by player.</summary>
    /// <param name="userIds">The players.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<ILookup<Guid, Achievement>> AchievementsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        await using ScoreboardDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        List<Achievement> rows = await db.Achievements.AsNoTracking().Where(a => userIds.Contains(a.UserId))
            .OrderBy(a => a.UnlockedAtMicros).ThenBy(a => a.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToLookup(a => a.UserId);
    }

    /// <summary>The player's statistics on a game.</summary>
    /// <param name="userId">The player.</param>
    /// <param name="gameId">The game.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<PlayerStats> StatsAsync(Guid userId, long gameId, CancellationToken cancellationToken)
    {
        DateTimeOffset now = timeProvider.GetUtcNow();
        await using ScoreboardDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        int total = await db.Scores.CountAsync(s => s.UserId == userId && s.GameId == gameId, cancellationToken).ConfigureAwait(false);
        PlayerRank? rank = await leaderboards.RankAsync(new BoardId(gameId, BoardPeriod.AllTime, null), userId, cancellationToken).ConfigureAwait(false);
        int streak = await AchievementService.StreakAsync(db, userId, gameId, now, cancellationToken).ConfigureAwait(false);
        if (streak == 0)
        {
            streak = await AchievementService.StreakAsync(db, userId, gameId, now.AddDays(-1), cancellationToken).ConfigureAwait(false);
        }

        DateTimeOffset weekAgo = now.AddDays(-7);
        DateTimeOffset twoWeeksAgo = now.AddDays(-14);
        var recent = await db.Scores
            .Where(s => s.UserId == userId && s.GameId == gameId && s.Status == ScoreStatus.Accepted && s.PlayedAt >= twoWeeksAgo)
            .Select(s => new { s.PlayedAt, s.Value }).ToListAsync(cancellationToken).ConfigureAwait(false);
        long? thisWeek = recent.Where(s => s.PlayedAt >= weekAgo).Select(s => (long?)s.Value).Max();
        long? lastWeek = recent.Where(s => s.PlayedAt < weekAgo).Select(s => (long?)s.Value).Max();
        double velocity = thisWeek is { } current && lastWeek is { } previous ? Math.Round((current - previous) / 7.0, 2) : 0;
        int achievements = await db.Achievements.CountAsync(a => a.UserId == userId, cancellationToken).ConfigureAwait(false);
        long? best = rank?.Score;
        return new PlayerStats(
            userId,
            gameId,
            total,
            best,
            rank?.Percentile,
            streak,
            velocity,
            velocity > 0 ? Trend.Up : velocity < 0 ? Trend.Down : Trend.Stable,
            achievements,
            AchievementNames.ScoreThresholds.Cast<long?>().FirstOrDefault(threshold => threshold > (best ?? -1)));
    }
}
